package org.dossier.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.parse.BlockKind;
import org.jsoup.nodes.Element;

/**
 * Keeps or drops each block of the article region, in the manner of jusText: blocks are first
 * judged alone (long prose is good; captions, link lists and template phrases are bad; the rest is
 * undecided), then undecided blocks take their verdict from context: inside a run of good text
 * they stay, before the first or after the last good block they go unless they read as a
 * sentence. Headings that repeat the page title are dropped: the title is metadata, not body.
 */
final class BlockClassifier {
    private static final int GOOD_LENGTH = 80;
    private static final double GOOD_MAX_LINKS = 0.3;
    private static final double BAD_LINKS = 0.5;
    private static final double MOSTLY_LINKS = 0.8;
    private static final int LEAD_SCOPE_LEVELS = 3;
    private static final int LEAD_MAX_BLOCKS = 6;
    private static final int DECK_MIN_WORDS = 6;
    private static final int DECK_MAX_DISTANCE = 2;

    private enum Verdict { GOOD, BAD, UNDECIDED }

    private BlockClassifier() {}

    /** The body blocks among {@code blocks} (all of the page), given the article region. */
    static List<HtmlBlock> classify(List<HtmlBlock> blocks, List<Element> region, Set<String> titles) {
        List<HtmlBlock> inRegion = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock b = blocks.get(i);
            if (region.isEmpty() || ContentLocator.within(b.owner(), region)) {
                if (first < 0) first = i;
                inRegion.add(b);
            }
        }
        List<HtmlBlock> kept = decide(inRegion, titles);
        while (!kept.isEmpty() && BoilerplatePhrases.isAppeal(kept.get(kept.size() - 1).text().text())) {
            kept.remove(kept.size() - 1);
        }
        if (first > 0 && !kept.isEmpty()) kept.addAll(0, lead(blocks, first, region));
        return kept;
    }

    /**
     * The standfirst: article pages often set the lead paragraph apart from the body, in the
     * article's header or an intro box just above it, where the body region does not reach. Prose
     * blocks right before the region, under the same article-level ancestor, are taken back.
     */
    private static List<HtmlBlock> lead(List<HtmlBlock> blocks, int first, List<Element> region) {
        Element scope = region.get(0).parent();
        for (int i = 0; i < LEAD_SCOPE_LEVELS && scope != null && scope.parent() != null
                && !scope.parent().normalName().equals("body"); i++) {
            scope = scope.parent();
        }
        List<HtmlBlock> lead = new ArrayList<>();
        for (int i = first - 1, seen = 0; i >= 0 && seen < LEAD_MAX_BLOCKS && scope != null; i--, seen++) {
            HtmlBlock b = blocks.get(i);
            if (!ContentLocator.within(b.owner(), List.of(scope))) break;
            if (b.linkDensity() > 0.5 && b.length() > 40) break;
            if (isLeadProse(b)) lead.add(0, b);
        }
        return lead;
    }

    private static boolean isLeadProse(HtmlBlock b) {
        if (b.linkDensity() > 0.2 || b.kind() == BlockKind.CAPTION || b.kind() == BlockKind.LIST_ITEM
                || b.owner().normalName().equals("h1")) {
            return false;
        }
        if (BoilerplatePhrases.isBoilerplate(b.text().text())) return false;
        return b.length() >= GOOD_LENGTH || b.length() >= 40 && readsAsSentence(b, false);
    }

    private static List<HtmlBlock> decide(List<HtmlBlock> blocks, Set<String> titles) {
        int n = blocks.size();
        Verdict[] v = new Verdict[n];
        int firstGood = -1, lastGood = -1;
        for (int i = 0; i < n; i++) {
            v[i] = alone(blocks.get(i), titles);
            if (v[i] == Verdict.GOOD) {
                if (firstGood < 0) firstGood = i;
                lastGood = i;
            }
        }
        List<HtmlBlock> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HtmlBlock b = blocks.get(i);
            boolean keep = switch (v[i]) {
                case GOOD -> true;
                case BAD -> false;
                case UNDECIDED -> firstGood < 0
                        || i > firstGood && i < lastGood && !headsDroppedBlocks(blocks, v, i)
                        || readsAsSentence(b, false) || isDeck(blocks, v, i, firstGood);
            };
            if (keep) out.add(b);
        }
        return out;
    }

    /**
     * A heading whose first block of text below is dropped: it titles a link list or a promotion
     * inside the region ("Read more", "Related coverage"), not a section of the article.
     */
    private static boolean headsDroppedBlocks(List<HtmlBlock> blocks, Verdict[] v, int i) {
        if (blocks.get(i).kind() != BlockKind.HEADING) return false;
        for (int j = i + 1; j < blocks.size(); j++) {
            if (blocks.get(j).kind() != BlockKind.HEADING) return v[j] == Verdict.BAD;
        }
        return false;
    }

    /**
     * The deck (standfirst, subtitle) right above the body: a heading or line of at least
     * {@value #DECK_MIN_WORDS} words without links, at most {@value #DECK_MAX_DISTANCE} undecided
     * blocks before the first good one. Pages set it as an {@code h2} or in a box of its own and
     * often without a closing full stop, so it neither reads as a sentence nor sits inside the body.
     */
    private static boolean isDeck(List<HtmlBlock> blocks, Verdict[] v, int i, int firstGood) {
        if (firstGood < 0 || i >= firstGood || firstGood - i > DECK_MAX_DISTANCE) return false;
        for (int j = i + 1; j < firstGood; j++) if (v[j] != Verdict.UNDECIDED) return false;
        HtmlBlock b = blocks.get(i);
        return b.wordCount() >= DECK_MIN_WORDS && b.linkDensity() == 0 && !b.owner().normalName().equals("h1")
                && b.kind() != BlockKind.LIST_ITEM;
    }

    private static Verdict alone(HtmlBlock b, Set<String> titles) {
        String text = b.text().text();
        if (b.kind() == BlockKind.CAPTION) return Verdict.BAD;
        if (b.kind() == BlockKind.HEADING && titles.contains(normalize(text))) return Verdict.BAD;
        double ld = b.linkDensity();
        if (ld > BAD_LINKS && b.length() < 600) {
            // a sentence whose names are linked is still prose; a line of links is not
            boolean sentence = ld <= MOSTLY_LINKS && b.kind() == BlockKind.PARAGRAPH && readsAsSentence(b, true);
            return sentence ? Verdict.UNDECIDED : Verdict.BAD;
        }
        if (BoilerplatePhrases.isBoilerplate(text)) return Verdict.BAD;
        if (b.kind() != BlockKind.HEADING && b.length() >= GOOD_LENGTH && ld <= GOOD_MAX_LINKS) return Verdict.GOOD;
        return Verdict.UNDECIDED;
    }

    /** A short block that is still a sentence of prose (a closing line such as "The vote is on Friday."). */
    private static boolean readsAsSentence(HtmlBlock b, boolean linksAllowed) {
        if (b.kind() == BlockKind.HEADING || !linksAllowed && b.linkDensity() > 0 || b.wordCount() < 4) return false;
        String t = b.text().text();
        char last = t.charAt(t.length() - 1);
        return (last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '»')
                && Character.isUpperCase(t.codePointAt(0)) | Character.isDigit(t.charAt(0)) | !Character.isLetter(t.charAt(0));
    }

    /** Lower case, single spaces: how titles are compared. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
