package org.dossier.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns an event's claims into comparable slots. A slot is what is counted plus the action that
 * governs it ("people|death"); reports often leave one of the two out ("the death toll rose to
 * eight" names no counted noun, "12 houses" in a sentence without an action word), so a claim
 * missing one half joins the one slot that matches its other half, when exactly one does.
 */
final class SlotAligner {
    private SlotAligner() {}

    static Map<String, List<Claim>> align(List<Claim> claims) {
        Map<String, List<Claim>> slots = new LinkedHashMap<>();
        for (Claim c : claims) slots.computeIfAbsent(c.slot(), k -> new ArrayList<>()).add(c);
        for (String slot : List.copyOf(slots.keySet())) {
            String what = what(slot);
            String action = action(slot);
            String target = null;
            int matches = 0;
            for (String other : slots.keySet()) {
                if (other.equals(slot)) continue;
                boolean fits = action.isEmpty() && !what.equals(ClaimExtractor.UNSTATED) && sameThing(what(other), what)
                        || what.equals(ClaimExtractor.UNSTATED) && !action.isEmpty() && action(other).equals(action)
                                && !what(other).equals(ClaimExtractor.UNSTATED);
                if (fits) {
                    target = other;
                    matches++;
                }
            }
            if (matches == 1) slots.get(target).addAll(slots.remove(slot));
        }
        return slots;
    }

    /** The same counted noun, or a misspelling of it that keeps its first four letters and its last. */
    static boolean sameThing(String a, String b) {
        return a.equals(b) || a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 4)
                && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
    }

    private static String what(String slot) {
        return slot.substring(0, slot.indexOf('|'));
    }

    private static String action(String slot) {
        return slot.substring(slot.indexOf('|') + 1);
    }
}
