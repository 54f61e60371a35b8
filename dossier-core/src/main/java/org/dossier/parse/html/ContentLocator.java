package org.dossier.parse.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.parse.BlockKind;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, in the manner of readability: every prose-like block
 * scores its ancestors (fully for the parent, less the higher it goes), elements start from a
 * prior given by their tag and their class/id names, and link-heavy elements are discounted. The
 * best element, widened to a common ancestor when several strong candidates share one, plus its
 * siblings that score well themselves, is the article region.
 */
final class ContentLocator {
    private static final int MIN_SCORED_LENGTH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final Set<String> LIST_TAGS = Set.of("ol", "ul", "dl", "dd", "dt", "li", "form", "address");

    /** Climbing stops when no ancestor this many levels up adds article-like prose. */
    private static final int CLIMB_LOOKAHEAD = 3;
    private static final double CLIMB_MIN_GAIN = 0.3;
    private static final int CLIMB_MIN_MEAN_LENGTH = 120;
    /** List items count half: menus and link lists are lists, and so are few article bodies. */
    private static final double LIST_ITEM_WEIGHT = 0.5;
    /** How many times the best candidate's prose a group of strong candidates elsewhere must hold to win. */
    private static final double OUTWEIGH = 2.0;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** Per element: characters and count of prose blocks (long, few links) beneath it. */
    private final Map<Element, int[]> prose = new IdentityHashMap<>();
    private final TextStats stats;

    private ContentLocator(TextStats stats) {
        this.stats = stats;
    }

    /** The elements making up the article region, or an empty list when nothing scored. */
    static List<Element> locate(List<HtmlBlock> blocks, TextStats stats) {
        return new ContentLocator(stats).run(blocks);
    }

    private List<Element> run(List<HtmlBlock> blocks) {
        for (HtmlBlock b : blocks) {
            if (isProse(b)) {
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    int[] p = prose.computeIfAbsent(e, k -> new int[2]);
                    p[0] += b.length();
                    p[1]++;
                }
            }
            if (b.length() < MIN_SCORED_LENGTH || b.kind() == BlockKind.HEADING) continue;
            double score = (1 + punctuation(b) + Math.min(b.length() / 100.0, 3)) * (1 - b.linkDensity());
            if (b.kind() == BlockKind.LIST_ITEM) score *= LIST_ITEM_WEIGHT;
            if (score <= 0) continue;   // all links: no evidence, so its ancestors get no prior from it either
            Element e = b.owner().parent();
            if (b.owner().normalName().equals("div") || b.owner().normalName().equals("td")) e = b.owner();
            for (int level = 0; e != null && level < ANCESTOR_LEVELS; level++, e = e.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(e, prior(e) + 0.0, (old, p) -> old);
                scores.merge(e, score / divider, Double::sum);
            }
        }
        if (scores.isEmpty()) return List.of();
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            en.setValue(en.getValue() * (1 - stats.linkDensity(en.getKey())));
            ranked.add(en);
        }
        // equal scores go to the element that opens first: identity-hashed maps iterate in no stable order
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparingInt(en -> stats.order(en.getKey())));
        Element top = climb(widen(ranked));
        List<Element> region = withSiblings(top, scores.getOrDefault(top, 0.0));
        for (Element chunk : SplitBody.chunks(top, this::proseChars, stats)) if (!within(chunk, region)) region.add(chunk);
        return region;
    }

    /**
     * When at least three of the strongest candidates sit under one ancestor, the ancestor is the
     * article. When they gather under an ancestor away from the best one and that ancestor holds
     * {@value #OUTWEIGH} times its prose, the best one was a lone box (a sidebar teaser, a
     * collapsed panel) beside an article cut into chunks, and the chunks' ancestor is the article.
     */
    private Element widen(List<Map.Entry<Element, Double>> ranked) {
        Element top = ranked.get(0).getKey();
        double best = ranked.get(0).getValue();
        List<Element> strong = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (ranked.get(i).getValue() >= 0.75 * best) strong.add(ranked.get(i).getKey());
        }
        if (strong.size() < 2) return top;
        Element around = gathering(top, strong);
        if (around != null) return around;
        // nothing around the best candidate: the others may be one article cut into chunks, the best an outlier
        Element group = null;
        for (Element s : strong) {
            Element g = gathering(s, strong);
            if (g != null && (group == null || proseChars(g) > proseChars(group))) group = g;
        }
        if (group != null && proseChars(group) >= OUTWEIGH * proseChars(top) && stats.linkDensity(group) < 0.5) {
            return group;
        }
        return top;
    }

    /** The nearest ancestor of {@code e} below the body that holds at least two of {@code strong}, or null. */
    private static Element gathering(Element e, List<Element> strong) {
        for (Element a = e.parent(); a != null && !isPageRoot(a); a = a.parent()) {
            int under = 0;
            for (Element s : strong) if (isAncestor(a, s)) under++;
            if (under >= 2) return a;
        }
        return null;
    }

    private int proseChars(Element e) {
        return prose.getOrDefault(e, new int[2])[0];
    }

    /**
     * Articles are often cut into chunks (around ads, images, pull quotes) held by one ancestor.
     * Move up to the nearest ancestor, a few levels at most, whose extra prose is substantial
     * (a good share more, in paragraph-sized blocks) and not link-heavy; repeat.
     */
    private Element climb(Element top) {
        Element cur = top;
        boolean moved = true;
        while (moved) {
            moved = false;
            int[] base = prose.getOrDefault(cur, new int[2]);
            Element a = cur.parent();
            for (int level = 0; a != null && level < CLIMB_LOOKAHEAD && !isPageRoot(a); level++, a = a.parent()) {
                int[] up = prose.getOrDefault(a, new int[2]);
                int gain = up[0] - base[0], blocks = up[1] - base[1];
                if (blocks > 0 && gain >= CLIMB_MIN_GAIN * base[0] && gain / blocks >= CLIMB_MIN_MEAN_LENGTH
                        && stats.linkDensity(a) < 0.5) {
                    cur = a;
                    moved = true;
                    break;
                }
            }
        }
        return cur;
    }

    static boolean isPageRoot(Element e) {
        String tag = e.normalName();
        return tag.equals("body") || tag.equals("html") || tag.equals("#root");
    }

    private static boolean isProse(HtmlBlock b) {
        return b.length() >= 80 && b.linkDensity() <= 0.3 && b.kind() != BlockKind.HEADING
                && b.kind() != BlockKind.CAPTION && b.kind() != BlockKind.LIST_ITEM;
    }

    private List<Element> withSiblings(Element top, double topScore) {
        Element parent = top.parent();
        if (parent == null) return new ArrayList<>(List.of(top));
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double s = scores.getOrDefault(sibling, 0.0);
            if (s >= threshold || isProseParagraph(sibling)) out.add(sibling);
        }
        return out;
    }

    private boolean isProseParagraph(Element e) {
        if (!e.normalName().equals("p")) return false;
        int len = stats.chars(e);
        double ld = stats.linkDensity(e);
        if (len > 80) return ld < 0.25;
        return len > 0 && ld == 0 && endsSentence(e.text());
    }

    private static boolean endsSentence(String s) {
        String t = s.strip();
        return !t.isEmpty() && ".!?\"”“'»«".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The starting score of a candidate: its tag and what its class and id say. */
    private double prior(Element e) {
        String tag = e.normalName();
        double p = switch (tag) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> LIST_TAGS.contains(tag) ? -3 : 0;
        };
        if (stats.isBodyMarker(e)) p += 25;
        else if (e.attributesSize() > 0) p += 25 * AttributeHints.weight(stats.words(e));
        return p;
    }

    private static int punctuation(HtmlBlock b) {
        String t = b.text().text();
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '.' || c == '，' || c == '。' || c == ';') n++;
        }
        return Math.min(n, 12);
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == a) return true;
        return false;
    }

    /** Whether {@code e} is {@code region} or inside it. */
    static boolean within(Element e, List<Element> region) {
        for (Element p = e; p != null; p = p.parent()) {
            for (Element r : region) if (p == r) return true;
        }
        return false;
    }
}
