package org.dossier.annotate.rules;

import java.util.Locale;
import java.util.Map;

/**
 * Reads numbers as news writes them: digits with thousands separators ("1,200"), decimals
 * ("9.5"), number words ("twenty-five"), scale words including the wire abbreviations ("million",
 * "mln", "bln"), and vague plurals ("dozens", "hundreds", "tens of thousands") as ranges.
 */
public final class NumberWords {
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1d), Map.entry("two", 2d), Map.entry("three", 3d),
            Map.entry("four", 4d), Map.entry("five", 5d), Map.entry("six", 6d), Map.entry("seven", 7d),
            Map.entry("eight", 8d), Map.entry("nine", 9d), Map.entry("ten", 10d), Map.entry("eleven", 11d),
            Map.entry("twelve", 12d), Map.entry("thirteen", 13d), Map.entry("fourteen", 14d),
            Map.entry("fifteen", 15d), Map.entry("sixteen", 16d), Map.entry("seventeen", 17d),
            Map.entry("eighteen", 18d), Map.entry("nineteen", 19d), Map.entry("twenty", 20d),
            Map.entry("thirty", 30d), Map.entry("forty", 40d), Map.entry("fifty", 50d), Map.entry("sixty", 60d),
            Map.entry("seventy", 70d), Map.entry("eighty", 80d), Map.entry("ninety", 90d),
            Map.entry("dozen", 12d), Map.entry("hundred", 100d));
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "mln", 1e6, "billion", 1e9, "bln", 1e9, "bn", 1e9, "trillion", 1e12, "tn", 1e12, "dozen", 12d);
    /** Vague amounts as [low, high]. */
    private static final Map<String, double[]> VAGUE = Map.of("dozens", new double[] {24, 99},
            "scores", new double[] {40, 99}, "hundreds", new double[] {200, 999},
            "thousands", new double[] {2000, 9999}, "millions", new double[] {2e6, 999e6},
            "billions", new double[] {2e9, 999e9}, "several", new double[] {3, 9});

    private NumberWords() {}

    /** The value of one number token, or {@code null} when it is not a number. */
    public static Double value(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d+(\\.\\d+)?")) return Double.parseDouble(w);
        if (WORDS.containsKey(w)) return WORDS.get(w);
        int dash = w.indexOf('-');
        if (dash > 0) {
            Double tens = WORDS.get(w.substring(0, dash));
            Double ones = WORDS.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && ones < 10) return tens + ones;
        }
        return null;
    }

    /** The multiplier of a scale word ("million" is 1e6), or {@code null}. */
    public static Double scale(String word) {
        return SCALES.get(word.toLowerCase(Locale.ROOT));
    }

    /** The [low, high] range of a vague plural ("dozens"), or {@code null}. */
    public static double[] vague(String word) {
        double[] r = VAGUE.get(word.toLowerCase(Locale.ROOT));
        return r == null ? null : r.clone();
    }

    /** True for a four-digit number that reads as a year (1000-2199, no separator). */
    public static boolean looksLikeYear(String word) {
        if (!word.matches("\\d{4}")) return false;
        int y = Integer.parseInt(word);
        return y >= 1000 && y < 2200;
    }
}
