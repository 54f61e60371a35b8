package org.dossier.parse.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The regions of a page that block cutting skips (see {@link DomPruner}).
 *
 * @param hard never article text
 * @param soft  named as template or discussion; skipped unless that leaves almost nothing
 * @param stats the element facts gathered for the decision, reused by later steps
 */
record Pruning(Set<Element> hard, Set<Element> soft, TextStats stats) {
    /** Whether the strict pass skips {@code e}. */
    boolean skipsStrict(Element e) {
        return hard.contains(e) || soft.contains(e);
    }

    /** Whether the lenient pass skips {@code e}. */
    boolean skipsLenient(Element e) {
        return hard.contains(e);
    }
}
