package org.dossier.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jsoup.nodes.Element;

/**
 * The other chunks of an article its template cuts into repeated sections. Page builders and
 * content management systems set each stretch of the body (text beside a picture, a quote, the
 * next stretch of text) in a section of its own, all made from one template: the best element is
 * one chunk's text, and its siblings hold nothing. The chunks are found by their shape: an
 * ancestor of the best element, a few levels up at most, has siblings with the same tag and
 * classes, and inside them, along the same path of tags and classes, sits prose.
 */
final class SplitBody {
    /** How far above the best element a repeated section may start. */
    private static final int LEVELS = 5;
    /** Characters of prose a chunk must hold: a repeated teaser or caption box holds less. */
    private static final int MIN_PROSE = 80;
    private static final double MAX_LINKS = 0.3;

    private SplitBody() {}

    /**
     * The chunks matching {@code top} through its nearest ancestor that has same-made siblings
     * holding prose, in document order; empty when there are none.
     *
     * @param prose characters of prose blocks beneath an element
     */
    static List<Element> chunks(Element top, ToIntFunction<Element> prose, TextStats stats) {
        List<Element> path = new ArrayList<>();
        Element a = top;
        for (int level = 0; level < LEVELS && a.parent() != null && !ContentLocator.isPageRoot(a.parent()); level++, a = a.parent()) {
            path.add(0, a);
            List<Element> found = new ArrayList<>();
            for (Element sibling : a.parent().children()) {
                if (sibling != a && sameShape(sibling, a)) follow(sibling, path, 1, found);
            }
            found.removeIf(m -> prose.applyAsInt(m) < MIN_PROSE || stats.linkDensity(m) > MAX_LINKS);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /** Descends from {@code e} along the tags and classes of {@code path}, from position {@code i}. */
    private static void follow(Element e, List<Element> path, int i, List<Element> found) {
        if (i == path.size()) {
            found.add(e);
            return;
        }
        for (Element child : e.children()) if (sameShape(child, path.get(i))) follow(child, path, i + 1, found);
    }

    private static boolean sameShape(Element a, Element b) {
        return a.normalName().equals(b.normalName())
                && a.attributes().getIgnoreCase("class").equals(b.attributes().getIgnoreCase("class"));
    }
}
