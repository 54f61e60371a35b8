package org.dossier.meta;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;

/**
 * Chooses the publication date among the candidates: the most trusted origin whose date is
 * plausible. A date after the reference day (the carrier's capture date, or today) is an error of
 * the page (a countdown, an event date, a broken template) and is never taken. Modification dates
 * are used only when no publication date survives, and the basis then says so.
 */
final class PublishedDateChooser {
    /** Dates before this are parsing accidents, not publication dates of digital copies. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The chosen date and where it came from. */
    record Choice(LocalDate date, String basis) {}

    private PublishedDateChooser() {}

    /**
     * @param reference  the latest possible publication day
     * @param captured   true when {@code reference} is a capture date (so a dateline's day and
     *                   month can be given the year that precedes it)
     */
    static Optional<Choice> choose(List<MetadataCandidate> all, LocalDate reference, boolean captured) {
        Optional<Choice> published = best(all, MetadataField.PUBLISHED, reference, captured);
        if (published.isPresent()) return published;
        return best(all, MetadataField.MODIFIED, reference, captured)
                .map(c -> new Choice(c.date(), "modified:" + c.basis()));
    }

    private static Optional<Choice> best(List<MetadataCandidate> all, MetadataField field, LocalDate reference,
            boolean captured) {
        return all.stream()
                .filter(c -> c.field() == field)
                .sorted(Comparator.comparingDouble(MetadataCandidate::confidence).reversed())
                .map(c -> date(c, reference, captured).map(d -> new Choice(d, c.origin())))
                .flatMap(Optional::stream)
                .filter(c -> !c.date().isAfter(reference) && !c.date().isBefore(EARLIEST))
                .findFirst();
    }

    private static Optional<LocalDate> date(MetadataCandidate c, LocalDate reference, boolean captured) {
        String v = c.value().strip();
        if (v.startsWith("--")) {
            if (!captured) return Optional.empty();
            try {
                return Optional.of(Datelines.latestOnOrBefore(MonthDay.parse(v), reference));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return DateParsing.parse(v);
    }
}
