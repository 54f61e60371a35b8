package org.dossier.time;

/** The grammatical time of the clause around a mention, as far as cue words tell. */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    /** The direction a tense gives a bare weekday or month: back in a report, forward in a plan. */
    Direction direction() {
        return switch (this) {
            case PAST -> Direction.PAST;
            case FUTURE -> Direction.FUTURE;
            default -> Direction.NEAREST;
        };
    }
}
