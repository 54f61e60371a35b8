package org.dossier.facts;

/**
 * Where a figure belongs, as three parts compared across articles: what it counts ("people",
 * "ship", or a unit such as "%" or "EUR"), the action that governs it ("death", "demand"), and,
 * for shares, whose share it is ("albers", "turnout"). Parts a report leaves unsaid are empty,
 * or {@link #UNSTATED} for a count whose noun is missing.
 */
record Slot(String what, String action, String holder) {
    /** The counted thing of a figure that does not say what it counts ("DOZENS DEAD", "to eight"). */
    static final String UNSTATED = "?";
    /**
     * Opens the action of a part of a group counted before ("14 people were hurt, three of them
     * badly"): the part is its own slot, never a rival figure for the group.
     */
    static final String PART = "part: ";

    /** The key claims of one slot share. */
    String key() {
        return what + "|" + action + "|" + holder;
    }

    boolean hasAction() {
        return !action.isEmpty();
    }

    boolean counts() {
        return !what.equals(UNSTATED);
    }

    Slot withWhat(String w) {
        return new Slot(w, action, holder);
    }

    Slot withAction(String a) {
        return new Slot(what, a, holder);
    }
}
