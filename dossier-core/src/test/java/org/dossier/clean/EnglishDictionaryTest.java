package org.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishDictionaryTest {
    private final EnglishDictionary dictionary = EnglishDictionary.get();

    @Test
    void knowsInflectedFormsAndBothSpellings() {
        for (String w : List.of("harbours", "negotiated", "pardoned", "colour", "color", "organise", "organize",
                "centre", "minsk", "the")) {
            assertTrue(dictionary.contains(w), w);
        }
        assertFalse(dictionary.contains("qzxv"));
        assertTrue(dictionary.size() > 100_000);
    }

    @Test
    void enumeratesByPrefixAndSuffix() {
        List<String> prefixed = new ArrayList<>();
        dictionary.withPrefix("harbour", 100, prefixed::add);
        assertTrue(prefixed.contains("harbours"));
        List<String> suffixed = new ArrayList<>();
        dictionary.withSuffix("arbour", 100, suffixed::add);
        assertTrue(suffixed.contains("harbour"));
        assertTrue(suffixed.stream().allMatch(w -> w.endsWith("arbour")));
    }

    @Test
    void tokensNoWordCanEqualAreUnknownAtOnce() {
        EnglishDictionary small = EnglishDictionary.of(java.util.Set.of("tide", "ferry"));
        assertTrue(small.contains("tide"));
        assertFalse(small.contains("t1de"));        // a character no word has
        assertFalse(small.contains("ferryboat"));   // longer than every word
        assertFalse(small.contains("tidf"));
        assertTrue(small.frequency("x9") == 0);
    }

    @Test
    void suffixQueriesGiveTheWordsAsWritten() {
        EnglishDictionary small = EnglishDictionary.of(java.util.Set.of("harbour", "arbour", "labour", "harbours"));
        List<String> suffixed = new ArrayList<>();
        small.withSuffix("bour", 10, suffixed::add);
        assertTrue(suffixed.containsAll(List.of("harbour", "arbour", "labour")) && suffixed.size() == 3, suffixed.toString());
    }

    @Test
    void commonWordsRankAboveRareOnes() {
        assertTrue(dictionary.frequency("the") > dictionary.frequency("pinprick"));
    }
}
