package org.dossier.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class SlotAlignerTest {
    private static Claim claim(String article, double value, String what, String action) {
        QuantityMention q = new QuantityMention(new Span(0, 1), "x", value, value, Approximation.EXACT, null, null);
        return new Claim(article, q, new Slot(what, action, ""), false, null, null, null, false);
    }

    @Test
    void aFigureWithoutCountedNounJoinsTheOnlySlotOfItsAction() {
        Map<String, List<Claim>> slots = SlotAligner.align(List.of(claim("a", 3, "people", "death"),
                claim("b", 6, Slot.UNSTATED, "death"), claim("c", 5, "people", "missing")));
        assertEquals(2, slots.size());
        assertEquals(2, slots.get("people|death|").size());
    }

    @Test
    void aFigureWithoutActionJoinsTheOnlySlotOfItsCountedNoun() {
        Map<String, List<Claim>> slots = SlotAligner.align(List.of(claim("a", 17, "home", "destroy"), claim("b", 12, "home", "")));
        assertEquals(List.of("home|destroy|"), List.copyOf(slots.keySet()));
    }

    @Test
    void aMisspelledCountedNounStillJoinsItsSlot() {
        Map<String, List<Claim>> slots = SlotAligner.align(List.of(claim("a", 40, "hostage", "release"), claim("b", 40, "hostxxge", "")));
        assertEquals(List.of("hostage|release|"), List.copyOf(slots.keySet()));
    }

    @Test
    void anAmbiguousFigureStaysApart() {
        Map<String, List<Claim>> slots = SlotAligner.align(List.of(claim("a", 3, "people", "death"),
                claim("b", 4, "child", "death"), claim("c", 6, Slot.UNSTATED, "death")));
        assertEquals(3, slots.size());
    }

    @Test
    void aFigureWithoutActionJoinsTheSlotWhoseValuesItFits() {
        Map<String, List<Claim>> slots = SlotAligner.align(List.of(claim("a", 3, "people", "death"),
                claim("a", 400, "people", "evacuate"), claim("b", 400, "people", "")));
        assertEquals(2, slots.get("people|evacuate|").size());
        assertEquals(2, slots.size());
    }
}
