package org.dossier.parse.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Facts about every element of a page, gathered in one pass and shared by the later steps:
 * characters of text beneath it, characters inside links, the words of its class and id names,
 * and whether an article-body marker ({@code <article>}, {@code <main>},
 * {@code itemprop=articleBody}, {@code class=entry-content}...) sits at or below it. Pruning uses
 * them to never throw away the region that holds most of a page's prose, however its template
 * names it; the content locator uses them to discount link-heavy candidates.
 */
final class TextStats implements NodeVisitor {
    private static final class Info {
        int chars;
        int links;
        boolean marked;
        boolean marker;
        int order = Integer.MAX_VALUE;
        List<String> words;
    }

    private final Map<Element, Info> infos = new IdentityHashMap<>();
    private int visited;

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(s, root);
        return s;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element e) info(e).order = visited++;
        else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
            int n = visibleLength(t.getWholeText());
            if (n > 0) info(parent).chars += n;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        Info own = info(e);
        own.marker = computeBodyMarker(e, own);
        own.marked |= own.marker;
        if (e.parent() == null) return;
        Info up = info(e.parent());
        up.chars += own.chars;
        up.links += e.normalName().equals("a") ? own.chars : own.links;
        up.marked |= own.marked;
    }

    /** Characters of visible text under {@code e}. */
    int chars(Element e) {
        Info i = infos.get(e);
        return i == null ? 0 : i.chars;
    }

    /**
     * The element's place in document order (opening tags counted from the root), so choices
     * between equally good elements do not depend on where objects happen to sit in memory.
     */
    int order(Element e) {
        Info i = infos.get(e);
        return i == null ? Integer.MAX_VALUE : i.order;
    }

    /** Characters under {@code e} that are not inside links. */
    int proseChars(Element e) {
        Info i = infos.get(e);
        return i == null ? 0 : i.chars - i.links;
    }

    double linkDensity(Element e) {
        Info i = infos.get(e);
        return i == null || i.chars == 0 ? 0 : (double) i.links / i.chars;
    }

    /** Whether an article-body marker is at or below {@code e}. */
    boolean holdsBodyMarker(Element e) {
        Info i = infos.get(e);
        return i != null && i.marked;
    }

    /** Whether {@code e} itself is marked as the article or its body. */
    boolean isBodyMarker(Element e) {
        Info i = infos.get(e);
        return i != null ? i.marker : computeBodyMarker(e, info(e));
    }

    /** The words of the element's class, id, role and itemprop values (see {@link AttributeHints#words}). */
    List<String> words(Element e) {
        Info i = info(e);
        if (i.words == null) i.words = AttributeHints.words(e);
        return i.words;
    }

    private Info info(Element e) {
        return infos.computeIfAbsent(e, k -> new Info());
    }

    private boolean computeBodyMarker(Element e, Info info) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main")) return true;
        if (e.attributesSize() == 0) return false;
        if (e.attributes().getIgnoreCase("itemprop").equalsIgnoreCase("articleBody")) return true;
        if (e.attributes().getIgnoreCase("class").isEmpty()) return false;
        if (info.words == null) info.words = AttributeHints.words(e);
        return AttributeHints.isBody(info.words);
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
