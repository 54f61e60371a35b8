package org.dossier.eval.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.dossier.clean.EnglishDictionary;
import org.junit.jupiter.api.Test;

class CorruptionsTest {
    private static final String TEXT = "Dockers said the \"harbour authority\" won't reopen the northern terminal "
            + "before winter, although engineers reported that the cranes were almost repaired and the seawall "
            + "had been strengthened along its entire northern length.";

    @Test
    void everyMojibakeKindDamagesTypographicTextDifferently() {
        String clean = Corruptions.typographic(TEXT);
        assertTrue(clean.contains("\u2019") && clean.contains("\u201c"));
        Set<String> broken = new HashSet<>();
        for (Corruptions.Mojibake kind : Corruptions.Mojibake.values()) {
            String b = Corruptions.mojibake(clean, kind);
            assertNotEquals(clean, b, kind.name());
            broken.add(b);
        }
        assertEquals(Corruptions.Mojibake.values().length, broken.size());
        assertFalse(Corruptions.mojibake(clean, Corruptions.Mojibake.LOSSY_DROPPED).contains("\uFFFD"));
    }

    @Test
    void substitutionIsConsistentAndVisible() {
        Corruptions.Substitution s = Corruptions.substitution(TEXT, new Random(7), EnglishDictionary.get(), 3);
        assertNotNull(s);
        assertTrue(s.words() >= 3);
        int occurrences = 0;
        String lower = TEXT.toLowerCase();
        for (int at = lower.indexOf(s.from()); at >= 0; at = lower.indexOf(s.from(), at + s.from().length())) occurrences++;
        assertTrue(occurrences >= 3);
        assertEquals(TEXT.length() + occurrences * (s.to().length() - s.from().length()), s.corrupted().length());
    }
}
