package org.dossier.eval.time;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.time.TimeMention;

/**
 * The TempEval-3 timex scores, defined as the task's scorer defines them. A system timex matches
 * a gold one when their extents overlap (the scorer aligns entities that share a token, one to
 * one); a relaxed match counts for precision (over system timexes) and recall (over gold ones), a
 * strict match also needs the identical extent. Value and type are scored only on relaxed
 * matches: value F1 = (value matches / relaxed matches) x relaxed F1, summed over the whole corpus.
 */
final class TimexScorer {
    private int gold;
    private int system;
    private int relaxed;
    private int strict;
    private int valueMatches;
    private int typeMatches;

    /** Scores one document; {@code errors} receives a line per miss, spurious match or wrong value. */
    void add(TimeMlDocument doc, List<TimeMention> found, Consumer<String> errors) {
        gold += doc.timexes().size();
        system += found.size();
        List<TimeMention> free = new ArrayList<>(found);
        for (GoldTimex g : doc.timexes()) {
            TimeMention hit = null;
            for (TimeMention m : free) {
                if (m.span().overlaps(g.span())) {
                    hit = m;
                    break;
                }
            }
            if (hit == null) {
                errors.accept(doc.id() + "\tMISSED\t" + g.text() + "\t" + g.type() + "\t" + g.value());
                continue;
            }
            free.remove(hit);
            relaxed++;
            if (hit.span().equals(g.span())) strict++;
            else errors.accept(doc.id() + "\tEXTENT\t" + g.text() + "\t|" + hit.text());
            if (g.type().equals(hit.type().name())) typeMatches++;
            if (g.value().equals(hit.value())) valueMatches++;
            else errors.accept(doc.id() + "\tVALUE\t" + g.text() + "\t" + g.value() + "\t" + hit.value() + "\t" + hit.relative()
                    + "\t" + context(doc.text(), g.span().start(), g.span().end()));
        }
        for (TimeMention m : free) errors.accept(doc.id() + "\tSPURIOUS\t" + m.text() + "\t" + m.type() + "\t" + m.value()
                + "\t" + context(doc.text(), m.span().start(), m.span().end()));
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 50), Math.min(text.length(), end + 30)).replace('\n', ' ');
    }

    int gold() { return gold; }

    int system() { return system; }

    double strictPrecision() { return ratio(strict, system); }

    double strictRecall() { return ratio(strict, gold); }

    double relaxedPrecision() { return ratio(relaxed, system); }

    double relaxedRecall() { return ratio(relaxed, gold); }

    double strictF1() { return f1(strictPrecision(), strictRecall()); }

    double relaxedF1() { return f1(relaxedPrecision(), relaxedRecall()); }

    double valueAccuracy() { return ratio(valueMatches, relaxed); }

    double valueF1() { return valueAccuracy() * relaxedF1(); }

    double typeF1() { return ratio(typeMatches, relaxed) * relaxedF1(); }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
