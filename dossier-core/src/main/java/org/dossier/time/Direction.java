package org.dossier.time;

/**
 * Which occurrence of a named day, month, quarter or season a phrase means, seen from the anchor.
 * {@link #BY_TENSE} is a placeholder that the tagger replaces once it has read the verb tense
 * around the phrase: a past-tense report's "on Thursday" is the Thursday before the anchor.
 */
public enum Direction {
    /** The latest occurrence on or before the anchor. */
    PAST,
    /** The latest occurrence strictly before the anchor ("last Friday" said on a Friday). */
    STRICT_PAST,
    /** The earliest occurrence on or after the anchor. */
    FUTURE,
    /** The earliest occurrence strictly after the anchor ("next Friday"). */
    STRICT_FUTURE,
    /** The occurrence closest to the anchor, earlier one on a tie. */
    NEAREST,
    /** The occurrence inside the anchor's own enclosing period ("this Friday", "March" of this year). */
    SAME,
    /** Undecided until the tense is known. */
    BY_TENSE
}
