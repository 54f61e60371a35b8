package org.dossier.eval.metadata;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How leniently fields are compared: case, accents, punctuation and spacing do not count (they
 * vary between a page's own spellings); words do.
 */
final class FieldMatch {
    private FieldMatch() {}

    static boolean sameText(String expected, String got) {
        if (expected == null || got == null) return expected == null && got == null;
        return key(expected).equals(key(got));
    }

    /** Same set of people, order aside. */
    static boolean samePeople(List<String> expected, List<String> got) {
        return keys(expected).equals(keys(got));
    }

    /** Splits an author string as benchmarks write it ("A und B", "A; B", "A, B"). */
    static List<String> splitPeople(String joined) {
        if (joined == null || joined.isBlank()) return List.of();
        return List.of(joined.split("\\s*(?:;|,|&|\\band\\b|\\bund\\b)\\s*")).stream()
                .filter(s -> !s.isBlank()).toList();
    }

    private static Set<String> keys(List<String> names) {
        return names.stream().map(FieldMatch::key).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    }

    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
