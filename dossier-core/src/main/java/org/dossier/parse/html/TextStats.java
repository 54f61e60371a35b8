package org.dossier.parse.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text amounts under every element, gathered in one pass: characters, characters inside links,
 * and whether an article-body marker ({@code <article>}, {@code <main>}, {@code itemprop=articleBody},
 * {@code class=entry-content}...) sits at or below it. Pruning uses them to never throw away the
 * region that holds most of a page's prose, however its template names it.
 */
final class TextStats implements NodeVisitor {
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(s, root);
        return s;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t && node.parent() instanceof Element parent) {
            int n = visibleLength(t.getWholeText());
            if (n > 0) entry(parent)[0] += n;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        int[] own = entry(e);
        if (own[2] == 0 && isBodyMarker(e)) own[2] = 1;
        if (e.parent() == null) return;
        int[] up = entry(e.parent());
        up[0] += own[0];
        up[1] += e.normalName().equals("a") ? own[0] : own[1];
        up[2] |= own[2];
    }

    /** Characters of visible text under {@code e}. */
    int chars(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    /** Characters under {@code e} that are not inside links. */
    int proseChars(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0] - c[1];
    }

    double linkDensity(Element e) {
        int[] c = counts.get(e);
        return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }

    /** Whether an article-body marker is at or below {@code e}. */
    boolean holdsBodyMarker(Element e) {
        int[] c = counts.get(e);
        return c != null && c[2] != 0;
    }

    private int[] entry(Element e) {
        return counts.computeIfAbsent(e, k -> new int[3]);
    }

    static boolean isBodyMarker(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main")) return true;
        if (e.attributes().getIgnoreCase("itemprop").equalsIgnoreCase("articleBody")) return true;
        return !e.attributes().getIgnoreCase("class").isEmpty() && AttributeHints.isBody(AttributeHints.words(e));
    }

    private static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws || !space) n++;
            space = ws;
        }
        return n;
    }
}
