package org.dossier.time;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.dossier.text.Span;

/**
 * One time expression found in a text, normalized to a TIMEX3-like value.
 *
 * @param span     where it is in the text that was tagged
 * @param text     the words themselves
 * @param type     DATE, TIME, DURATION or SET
 * @param value    the TIMEX3 value: {@code 2026-03-19}, {@code 2025-12}, {@code 2024-SU}, {@code P3Y},
 *                 {@code PRESENT_REF}, or an underspecified {@code XXXX-12} when no anchor was known
 * @param mod      a TIMEX3 modifier (APPROX, MORE_THAN, START, END...), or null
 * @param anchor   the date the value was computed from, or null when none was used or known
 * @param basis    how the value was obtained
 * @param relative the anchor-relative recipe in words ("DAY -1", "MONTH 12 PAST"), or null
 * @param begin    start of the interval the mention covers, when known (a TIMEX3 value)
 * @param end      end of that interval, when known
 * @param signal   the temporal preposition just before it ("since", "until", "on"...), or null
 * @param reading  the anchor-free interpretation, kept for re-anchoring
 */
public record TimeMention(Span span, String text, TimexType type, String value, String mod,
                          LocalDate anchor, AnchorBasis basis, String relative,
                          String begin, String end, String signal,
                          @JsonIgnore Reading reading) {

    /** A copy with the interval bounds set. */
    public TimeMention withInterval(String b, String e) {
        return new TimeMention(span, text, type, value, mod, anchor, basis, relative, b, e, signal, reading);
    }
}
