package org.dossier.dedup;

import java.util.Locale;

/** How two texts are copies of one another, strongest first. */
public enum Relation {
    /** The same words in the same order (case, punctuation and spacing aside). */
    EXACT,
    /** Almost the same text: reflowed, re-typed, lightly edited or corrupted. */
    NEAR,
    /** One wire text under different headlines, leads or endings (or re-posted by other outlets). */
    SYNDICATED,
    /** Most of the smaller text lies inside the larger: a brief, a trimmed copy. */
    CONTAINED;

    /** The name used in {@code dossier.json}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
