package org.dossier.eval.extraction;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What Dossier got wrong, page by page, to work from: on the segment benchmark every must-keep
 * segment missing from the output and every must-drop segment in it; on the shingle benchmark the
 * pages below a perfect score, worst first. Each line says which half the page belongs to, so work
 * on the development half does not peek at the held-out one by accident.
 */
final class Misses {
    private static final int SEGMENT_SHOWN = 100;

    private Misses() {}

    private record Scored(Quality quality, String half, String id) {}

    /** Prints the misses of {@code outputs} (page order; {@code null} where extraction failed). */
    static void print(BenchmarkScorer scorer, List<BenchmarkPage> pages, List<String> outputs, PrintStream out) {
        List<String> lines = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            BenchmarkPage p = pages.get(i);
            String half = scorer.heldOut(p) ? "held-out" : "development";
            String text = outputs.get(i) == null ? "" : SegmentMetric.norm(outputs.get(i));
            if (p.truth() == null) {
                for (String w : p.with()) {
                    if (!text.contains(SegmentMetric.norm(w))) lines.add("missed    " + half + "  " + p.id() + "  " + quote(w));
                }
                for (String w : p.without()) {
                    if (text.contains(SegmentMetric.norm(w))) lines.add("unwanted  " + half + "  " + p.id() + "  " + quote(w));
                }
            } else {
                Quality q = scorer.score(List.of(p), Collections.singletonList(outputs.get(i)));
                if (q.f1() < 1) scored.add(new Scored(q, half, p.id()));
            }
        }
        scored.sort(Comparator.comparingDouble(s -> s.quality().f1()));
        for (Scored s : scored) {
            Quality q = s.quality();
            lines.add(String.format(Locale.ROOT, "F1 %.3f  precision %.3f  recall %.3f  %s  %s",
                    q.f1(), q.precision(), q.recall(), s.half(), s.id()));
        }
        lines.forEach(out::println);
    }

    private static String quote(String segment) {
        String s = SegmentMetric.norm(segment);
        return "\"" + (s.length() > SEGMENT_SHOWN ? s.substring(0, SEGMENT_SHOWN) + "…" : s) + "\"";
    }
}
