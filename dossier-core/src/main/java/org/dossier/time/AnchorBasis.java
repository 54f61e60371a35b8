package org.dossier.time;

/**
 * How a time mention got its value, so later stages know which values move when an article's
 * date is corrected or inferred (see {@link TemporalTagger#reanchor}).
 */
public enum AnchorBasis {
    /** The text alone fixes the value ("19 March 2026", "1994", "three days"). */
    ABSOLUTE,
    /** A fixed offset from the anchor ("yesterday", "last year", "two weeks ago"). */
    ANCHOR_OFFSET,
    /** The anchor plus a direction chosen from the verb tense ("on Thursday", "in December"). */
    ANCHOR_TENSE,
    /** Counted from the time the text mentioned just before ("two days later", "a year earlier"). */
    PREVIOUS_MENTION,
    /** Relative to an anchor that was not known: the value is underspecified until re-anchored. */
    UNANCHORED,
    /** A vague reference to the past, present or future ("recently", "now", "soon"). */
    VAGUE
}
