package org.dossier.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.QuantityMention;

/**
 * What the events stage knows about one canonical article: the evidence that says which
 * happening it reports. Built once per article by {@link Profiler}; immutable, so the online
 * clusterer can keep profiles of earlier articles without recomputing them.
 *
 * @param id          article id
 * @param published   the publication date, or null when unknown (not yet inferred)
 * @param leadTerms   content-word stems of headline and lead with their counts: what the report is about
 * @param bodyTerms   content-word stems of the whole text with their counts
 * @param names       lower-case proper names (and their last words) anywhere in the article
 * @param leadNames   the names of headline and lead
 * @param actions     action stems of headline and lead ("releas", "kill", "sentenc"): what happened
 * @param leadNumbers quantities of headline and lead, bound to what they count
 * @param numbers     exact quantities anywhere except in sentences dated away from the lead's date
 *                    (background): an event's figures, which other reports of it repeat
 * @param mainDate    the date of the reported happening from the lead's time expressions, or null
 * @param dateBasis   how {@code mainDate} was found
 * @param kinds       the kinds of happening the headline names ({@link HappeningKinds}), empty when none
 */
public record ArticleProfile(String id, LocalDate published, Map<String, Integer> leadTerms,
        Map<String, Integer> bodyTerms, Set<String> names, Set<String> leadNames, Set<String> actions,
        List<QuantityMention> leadNumbers, List<QuantityMention> numbers, DateValue mainDate, String dateBasis,
        Set<String> kinds) {

    public ArticleProfile {
        leadTerms = Map.copyOf(leadTerms);
        bodyTerms = Map.copyOf(bodyTerms);
        names = Set.copyOf(names);
        leadNames = Set.copyOf(leadNames);
        actions = Set.copyOf(actions);
        leadNumbers = List.copyOf(leadNumbers);
        numbers = List.copyOf(numbers);
        kinds = Set.copyOf(kinds);
    }
}
