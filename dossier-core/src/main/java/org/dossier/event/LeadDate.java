package org.dossier.event;

import java.time.LocalDate;
import java.util.Set;
import org.dossier.time.TimeMention;
import org.dossier.time.TimexType;

/**
 * The date of the happening a report states in its headline or lead, and the words that state it:
 * a day beats a month, a date written as the subject's owner ("Tuesday's vote") beats others,
 * never a date after publication or a bound ("since", "until"), never the bare publication day
 * itself. The words matter beside the value: the facts stage cites them when it compares what
 * the sources say about when the happening was.
 *
 * @param value      the date
 * @param mention    the time expression that states it
 * @param inHeadline whether the mention's span indexes the headline (the title) rather than the text
 */
record LeadDate(DateValue value, TimeMention mention, boolean inHeadline) {
    private static final Set<String> BACKWARD_SIGNALS = Set.of("since", "until", "till", "by", "before", "after");

    /** How the date was found, in words for the dossier. */
    String basis() {
        return "\"" + mention.text() + "\" in the " + (inHeadline ? "headline" : "lead");
    }

    /** Chooses among the time expressions offered in reading order: headline first, then the lead. */
    static final class Chooser {
        private final LocalDate published;
        private LeadDate best;
        private boolean possessive;

        Chooser(LocalDate published) {
            this.published = published;
        }

        void offer(TimeMention t, String source, boolean inHeadline) {
            if (t.type() != TimexType.DATE) return;
            if (t.signal() != null && BACKWARD_SIGNALS.contains(t.signal())) return;
            DateValue d = DateValue.parse(t.value());
            if (d == null || !d.isMonthOrFiner()) return;
            if (published != null && d.start().isAfter(published)) return;
            if (published != null && d.isDay() && d.start().equals(published) && t.anchor() == null) return;
            boolean owner = source.startsWith("'s", t.span().end()) || source.startsWith("’s", t.span().end());
            if (owner && best != null) return;
            if (best == null || d.isDay() && !best.value().isDay() || possessive && !owner) {
                possessive = owner;
                best = new LeadDate(d, t, inHeadline);
            }
        }

        LeadDate chosen() {
            return best;
        }
    }
}
