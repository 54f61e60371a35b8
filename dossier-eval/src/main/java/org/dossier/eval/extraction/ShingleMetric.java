package org.dossier.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's own metric, replicated exactly: texts are tokenized as
 * Python's {@code re.findall(r'\w+', text)} does (Unicode letters, digits and numbers, and the
 * underscore; no case folding), cut into 4-token shingles (a text of fewer tokens is one shingle),
 * and compared as multisets. Each page's true-positive, false-positive and false-negative counts
 * are normalized to sum to one; precision is averaged over pages that predicted something, recall
 * over pages that have a truth, and F1 is taken of the two averages.
 */
public final class ShingleMetric {
    static final int N = 4;

    private ShingleMetric() {}

    /** One page's normalized counts. */
    public record Counts(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }
    }

    /** Precision, recall and F1 over pages. */
    public record Score(double precision, double recall, double f1) {}

    /** Compares a predicted body with the true one. */
    public static Counts compare(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(0, 0, 0);
    }

    /** Averages as the benchmark does. */
    public static Score score(List<Counts> pages) {
        double p = 0, r = 0;
        int np = 0, nr = 0;
        for (Counts c : pages) {
            if (c.tp() + c.fp() > 0) {
                p += c.precision();
                np++;
            }
            if (c.tp() + c.fn() > 0) {
                r += c.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    /** Shingle multiset; keys join tokens with a separator no token can contain. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> window = tokens.subList(Math.min(i, tokens.size()), Math.min(i + N, tokens.size()));
            if (window.isEmpty()) continue;
            out.merge(String.join("\u0000", window), 1, Integer::sum);
        }
        return out;
    }

    /** Python's {@code \w+} over a Unicode string. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    /** Python's {@code str.isalnum() or '_'}: letters (L*) and numbers (Nd, Nl, No). */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
