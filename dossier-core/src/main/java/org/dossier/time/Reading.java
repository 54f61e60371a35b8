package org.dossier.time;

/**
 * What a time phrase means before any anchor is applied: either a fixed {@code value} or a
 * {@link RelativeDate} recipe. Mentions keep their reading so they can be re-anchored.
 *
 * @param type     the TIMEX3 type
 * @param value    the value when it does not depend on the anchor ("1994", "P3Y", "PAST_REF"), else null
 * @param relative the anchor-dependent recipe, else null
 * @param mod      a TIMEX3 modifier (APPROX, MORE_THAN, LESS_THAN, START, MID, END...), or null
 * @param lean     for durations: whether they run back from the anchor ("the past two years") or
 *                 forward from it ("the next two years")
 */
public record Reading(TimexType type, String value, RelativeDate relative, String mod, Lean lean) {
    /** Which way a duration stretches from the anchor, when the phrase says. */
    public enum Lean { NONE, BACK, FORWARD }

    public Reading {
        if ((value == null) == (relative == null)) throw new IllegalArgumentException("exactly one of value and relative");
        lean = lean == null ? Lean.NONE : lean;
    }

    public static Reading fixed(TimexType type, String value) {
        return new Reading(type, value, null, null, Lean.NONE);
    }

    public static Reading relative(TimexType type, RelativeDate relative) {
        return new Reading(type, null, relative, null, Lean.NONE);
    }

    public Reading withMod(String m) {
        return new Reading(type, value, relative, m, lean);
    }

    public Reading withLean(Lean l) {
        return new Reading(type, value, relative, mod, l);
    }

    public Reading withRelative(RelativeDate r) {
        return new Reading(type, null, r, mod, lean);
    }

    public Reading withType(TimexType t) {
        return new Reading(t, value, relative, mod, lean);
    }

    /** Whether the value is one of TimeML's vague references (PAST_REF, PRESENT_REF, FUTURE_REF). */
    public boolean vague() {
        return value != null && value.endsWith("_REF");
    }
}
