package org.dossier.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.QuantityMention;

/**
 * The pooled evidence of one event's articles: summed term counts, united names and actions,
 * all lead numbers, every member's happening date, and the kinds of happening every member's
 * headline that names one agrees on. A new article is compared with this pool
 * rather than with single members, because one short brief rarely shares much with each report
 * of an event, but shares a lot with all of them together.
 */
final class EventCentroid {
    private final Map<String, Integer> leadTerms = new HashMap<>();
    private final Map<String, Integer> bodyTerms = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> leadNames = new HashSet<>();
    private final Set<String> actions = new HashSet<>();
    private final List<QuantityMention> numbers = new ArrayList<>();
    private final List<QuantityMention> allNumbers = new ArrayList<>();
    private final List<ArticleProfile> dated = new ArrayList<>();
    /** Kinds every member naming one agrees on; null until a member names one. */
    private Set<String> kinds;
    private int size;
    private ArticleProfile pooled;

    void add(ArticleProfile p) {
        pooled = null;
        p.leadTerms().forEach((k, v) -> leadTerms.merge(k, v, Integer::sum));
        p.bodyTerms().forEach((k, v) -> bodyTerms.merge(k, v, Integer::sum));
        names.addAll(p.names());
        leadNames.addAll(p.leadNames());
        actions.addAll(p.actions());
        numbers.addAll(p.leadNumbers());
        allNumbers.addAll(p.numbers());
        if (p.mainDate() != null) dated.add(p);
        if (!p.kinds().isEmpty()) {
            if (kinds == null) {
                kinds = p.kinds();
            } else {
                Set<String> common = new HashSet<>(kinds);
                common.retainAll(p.kinds());
                kinds = common;
            }
        }
        size++;
    }

    int size() {
        return size;
    }

    /** The pool as one profile (without a date: {@link #dated()} holds the members' dates). */
    ArticleProfile pooled() {
        if (pooled != null) return pooled;
        return pooled = new ArticleProfile("event", null, leadTerms, bodyTerms, names, leadNames, actions, numbers, allNumbers,
                null, null, kinds == null ? Set.of() : kinds);
    }

    List<ArticleProfile> dated() {
        return dated;
    }
}
