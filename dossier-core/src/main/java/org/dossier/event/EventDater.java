package org.dossier.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates an event from its own articles. The happening's date stated in the leads wins over
 * publication dates (a report usually appears a day after what it reports); among lead dates the
 * one most articles agree on wins, the earliest on a tie (later leads tend to date follow-ups).
 */
public final class EventDater {
    private EventDater() {}

    /** The event's date from its members' profiles, or null when none carries a date. */
    public static Dated date(List<ArticleProfile> members) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, DateValue> values = new HashMap<>();
        Map<String, String> basis = new HashMap<>();
        for (ArticleProfile p : members) {
            if (p.mainDate() == null || "publication date".equals(p.dateBasis())) continue;
            String key = p.mainDate().iso();
            votes.merge(key, 1, Integer::sum);
            values.putIfAbsent(key, p.mainDate());
            basis.putIfAbsent(key, p.dateBasis() + " of " + p.id());
        }
        if (!votes.isEmpty()) {
            String best = votes.keySet().stream()
                    .max(Comparator.comparingInt((String k) -> votes.get(k) * 10 + (values.get(k).isDay() ? 5 : 0))
                            .thenComparing(k -> values.get(k).start(), Comparator.reverseOrder()))
                    .orElseThrow();
            int n = votes.get(best);
            return new Dated(values.get(best), basis.get(best) + (n > 1 ? " and " + (n - 1) + " more lead(s)" : ""));
        }
        LocalDate earliest = null;
        String who = null;
        for (ArticleProfile p : members) {
            if (p.published() != null && (earliest == null || p.published().isBefore(earliest))) {
                earliest = p.published();
                who = p.id();
            }
        }
        return earliest == null ? null : new Dated(DateValue.day(earliest), "earliest publication date (" + who + ")");
    }

    /** A date with the evidence for it, in words. */
    public record Dated(DateValue date, String basis) {}
}
