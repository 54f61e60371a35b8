package org.dossier.clean.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.clean.EnglishDictionary;
import org.junit.jupiter.api.Test;

class KnownWordShareTest {
    private static KnownWordShare of(String text) {
        return KnownWordShare.of(SubstitutionRepair.DocumentTokens.of(text, EnglishDictionary.get()).types(),
                EnglishDictionary.get());
    }

    @Test
    void englishProseIsMostlyKnown() {
        KnownWordShare s = of("The ferry left the harbour late on Friday because the wind had turned.");
        assertTrue(s.share() > 0.9, () -> s.toString());
        assertTrue(s.worthSearching());
        assertTrue(s.believable());
    }

    @Test
    void germanProseIsMostlyUnknownToAnEnglishLexicon() {
        KnownWordShare s = of("Die Fähre verließ den Hafen am Freitag später, weil sich der Wind gedreht hatte "
                + "und die Wellen über die Mole schlugen.");
        assertFalse(s.worthSearching(), () -> s.toString());
    }

    @Test
    void countsOccurrencesOfTwoLettersOrMore() {
        KnownWordShare s = of("a ferry, a ferry and a qwzrtx");
        assertEquals(new KnownWordShare(3, 4), s);
        assertEquals(0.75, s.share(), 1e-9);
    }

    @Test
    void aRepairAddsKnownOccurrencesUpToTheTotal() {
        KnownWordShare s = new KnownWordShare(6, 10);
        assertFalse(s.believable());
        assertTrue(s.plus(2).believable());
        assertEquals(new KnownWordShare(10, 10), s.plus(7));
    }

    @Test
    void aTextWithoutWordsHasNothingUnknown() {
        assertEquals(1.0, of("12 34 -- !").share(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new KnownWordShare(5, 4));
    }
}
