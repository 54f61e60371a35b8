package org.dossier.parse.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The regions of a page that block cutting skips (see {@link DomPruner}), in three tiers of
 * certainty, so that a page whose article hides behind a template name can be read again skipping
 * less, without letting in everything at once.
 *
 * @param hard       never article text
 * @param structural the page's own structure or a comment thread: navigation, footer and aside
 *                   elements, landmark roles, discussion regions
 * @param named      named as template by class or id words only; the weakest evidence
 * @param stats      the element facts gathered for the decision, reused by later steps
 */
record Pruning(Set<Element> hard, Set<Element> structural, Set<Element> named, TextStats stats) {
    /** Whether the strict pass skips {@code e}. */
    boolean skipsStrict(Element e) {
        return hard.contains(e) || structural.contains(e) || named.contains(e);
    }

    /** Whether the second pass skips {@code e}: template names no longer count, structure does. */
    boolean skipsStructural(Element e) {
        return hard.contains(e) || structural.contains(e);
    }

    /** Whether the lenient pass skips {@code e}. */
    boolean skipsLenient(Element e) {
        return hard.contains(e);
    }
}
