package org.dossier.parse.html;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/**
 * The structural address of an element, such as {@code body>div.main>article>p}: tag names from
 * the body down, each with its first class. Template blocks of one site share their paths, which
 * lets corpus-level filters recognise them across pages.
 */
final class ElementPath {
    private static final int MAX_LEVELS = 12;

    private ElementPath() {}

    static String of(Element element) {
        Deque<String> parts = new ArrayDeque<>();
        for (Element e = element; e != null && parts.size() < MAX_LEVELS; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("#root") || tag.equals("html")) break;
            String cls = firstClass(e);
            parts.addFirst(cls.isEmpty() ? tag : tag + "." + cls);
            if (tag.equals("body")) break;
        }
        return String.join(">", parts);
    }

    private static String firstClass(Element e) {
        String c = e.attributes().getIgnoreCase("class").strip();
        int space = c.indexOf(' ');
        return space < 0 ? c : c.substring(0, space);
    }
}
