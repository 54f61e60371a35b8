package org.dossier.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class SlotLabelTest {
    private static Claim claim(String counted, String unit, Slot slot) {
        QuantityMention q = new QuantityMention(new Span(0, 1), "x", 3, 3, Approximation.EXACT, unit, counted);
        return new Claim("a", q, slot, false, null, null, null, false);
    }

    @Test
    void aCountReadsWithTheSourcesNounInThePluralAndTheActionAsAParticiple() {
        Slot slot = new Slot("prisoner", "release", "");
        assertEquals("the number of political prisoners released",
                SlotLabel.of(List.of(claim("political prisoner", null, slot), claim("political prisoner", null, slot)), Set.of()));
        Slot dead = new Slot("people", "death", "");
        assertEquals("the number of dock workers killed", SlotLabel.of(List.of(claim("dock worker", null, dead)), Set.of()));
        assertEquals("the number of bodies killed",
                SlotLabel.of(List.of(claim("more body", null, new Slot(CountedNouns.key("body"), "death", ""))), Set.of()));
    }

    @Test
    void sharesAmountsAndDurationsReadAsSuch() {
        assertEquals("the share of Albers in the vote",
                SlotLabel.of(List.of(claim(null, "%", new Slot("%", "vote", "albers"))), Set.of("albers")));
        assertEquals("the cost (NOK)", SlotLabel.of(List.of(claim(null, "NOK", new Slot("NOK", "cost", ""))), Set.of()));
        assertEquals("the number of weeks", SlotLabel.of(List.of(claim("week", null, new Slot("week", "death", ""))), Set.of()));
        assertEquals("the number of years of the sentence",
                SlotLabel.of(List.of(claim("year", null, new Slot("year", "sentence", ""))), Set.of()));
    }

    @Test
    void pluralsOfEnglishNouns() {
        assertEquals("ferries", SlotLabel.plural("ferry"));
        assertEquals("buses", SlotLabel.plural("bus"));
        assertEquals("people", SlotLabel.plural("people"));
        assertEquals("men", SlotLabel.plural("men"));
        assertEquals("km", SlotLabel.plural("km"));
    }
}
