package org.dossier.eval.extraction;

import java.util.List;

/**
 * The trafilatura evaluation's metric, replicated: each page lists segments the extraction must
 * contain and segments it must not; both sides are whitespace-normalized (runs of Unicode white
 * space become one space, ends trimmed) and matched as substrings. Counts are summed over all
 * pages; F1 is {@code 2tp / (2tp + fp + fn)}. A page whose extraction failed counts as finding
 * nothing.
 */
public final class SegmentMetric {
    private SegmentMetric() {}

    /** Summed confusion counts. */
    public record Counts(int tp, int fp, int fn, int tn) {
        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            int d = 2 * tp + fp + fn;
            return d == 0 ? 0 : 2.0 * tp / d;
        }

        public double accuracy() {
            int total = tp + fp + fn + tn;
            return total == 0 ? 0 : (double) (tp + tn) / total;
        }
    }

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    /** One page: {@code result} may be {@code null} (the extractor failed). */
    public static Counts count(List<String> with, List<String> without, String result) {
        int tp = 0, fp = 0;
        if (result != null) {
            String r = norm(result);
            for (String w : with) if (r.contains(norm(w))) tp++;
            for (String w : without) if (r.contains(norm(w))) fp++;
        }
        return new Counts(tp, fp, with.size() - tp, without.size() - fp);
    }

    /** Python's {@code re.sub(r"\s+", " ", text).strip()}. */
    static String norm(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) sb.append(' ');
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    /** Python's {@code str.isspace()}: Unicode white space including no-break spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || (c >= 0x1c && c <= 0x1f);
    }
}
