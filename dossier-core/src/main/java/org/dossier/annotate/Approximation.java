package org.dossier.annotate;

/**
 * How exact a stated quantity is. Kept beside the number because "more than 430" and "430" are
 * different claims: later stages compare them as compatible, not as agreeing.
 */
public enum Approximation {
    /** "250 prisoners". */
    EXACT,
    /** "about", "around", "nearly", "some", "an estimated", "roughly". */
    ABOUT,
    /** "more than", "over", "upwards of". */
    MORE_THAN,
    /** "at least". */
    AT_LEAST,
    /** "fewer than", "less than", "under". */
    LESS_THAN,
    /** "up to", "at most". */
    AT_MOST,
    /** "10 to 20", "between 10 and 20". */
    RANGE,
    /** "dozens", "hundreds", "several": an order of magnitude, not a number. */
    VAGUE
}
