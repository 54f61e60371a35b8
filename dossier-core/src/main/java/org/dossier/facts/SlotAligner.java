package org.dossier.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns an event's claims into comparable slots. Claims with the same {@link Slot} share one;
 * reports often leave a part out ("the death toll rose to eight" names no counted noun, "more
 * than 350 residents spent a second night" no action), so a claim missing one part joins the one
 * slot that matches its other parts, when exactly one does; each figure finds its own. When several could take a figure
 * without an action, the one whose values it fits decides ("350 residents" joins the 400
 * evacuated, not the three dead); a figure far out of scale with a slot never joins it. A
 * partial slot whose figures two or more sources state alike is a comparison of its own and stays.
 */
final class SlotAligner {
    /** How far apart two figures of one count may lie, as a ratio. */
    private static final double SCALE = 2;

    private SlotAligner() {}

    static Map<String, List<Claim>> align(List<Claim> claims) {
        Map<String, List<Claim>> slots = new LinkedHashMap<>();
        Map<String, Slot> shapes = new LinkedHashMap<>();
        for (Claim c : claims) {
            slots.computeIfAbsent(c.slot().key(), k -> new ArrayList<>()).add(c);
            shapes.putIfAbsent(c.slot().key(), c.slot());
        }
        for (String key : List.copyOf(slots.keySet())) {
            Slot slot = shapes.get(key);
            List<Claim> own = slots.get(key).stream().filter(c -> !c.inHeadline()).toList();
            if (own.stream().map(Claim::article).distinct().count() > 1 && valuesFit(own, own)) continue;
            for (Claim c : List.copyOf(slots.get(key))) {
                List<String> fits = new ArrayList<>();
                for (String other : slots.keySet()) {
                    if (!other.equals(key) && fits(slot, shapes.get(other))) fits.add(other);
                }
                fits.removeIf(other -> !plausible(List.of(c), slots.get(other)));
                if (fits.size() > 1) fits.removeIf(other -> !valuesFit(List.of(c), slots.get(other)));
                if (fits.size() != 1) continue;
                slots.get(key).remove(c);
                slots.get(fits.get(0)).add(c.withSlot(shapes.get(fits.get(0))));
            }
            if (slots.get(key).isEmpty()) slots.remove(key);
        }
        return slots;
    }

    /** Whether a slot missing its counted thing or its action can be the other, complete one. */
    private static boolean fits(Slot partial, Slot full) {
        if (!full.counts() || !full.hasAction() || !partial.holder().equals(full.holder())) return false;
        if (!partial.hasAction() && partial.counts()) return sameThing(partial.what(), full.what());
        if (!partial.counts() && partial.hasAction()) return partial.action().equals(full.action());
        return false;
    }

    private static boolean valuesFit(List<Claim> a, List<Claim> b) {
        for (Claim x : a) for (Claim y : b) if (!y.inHeadline() && !Values.overlap(x.quantity(), y.quantity())) return false;
        return true;
    }

    /**
     * Whether the figures could count one thing: each lies within a factor of two of some figure
     * of the slot, or overlaps it. A figure a hundred times larger counts something else.
     */
    private static boolean plausible(List<Claim> a, List<Claim> b) {
        for (Claim x : a) {
            boolean near = false;
            for (Claim y : b) {
                double lo = Math.min(x.quantity().value(), y.quantity().value());
                double hi = Math.max(x.quantity().value(), y.quantity().value());
                if (lo > 0 && hi / lo <= SCALE || Values.overlap(x.quantity(), y.quantity())) near = true;
            }
            if (!near) return false;
        }
        return true;
    }

    /** The same counted noun, or a misspelling of it that keeps its first four letters and its last. */
    static boolean sameThing(String a, String b) {
        return a.equals(b) || a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 4)
                && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
    }
}
