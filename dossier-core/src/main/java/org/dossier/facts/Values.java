package org.dossier.facts;

import org.dossier.annotate.QuantityMention;

/**
 * Normalizes and compares quantity values. A value is read as the interval of numbers it allows:
 * "250" is [250, 250], "about 400" is [340, 460], "more than 350" is (350, inf), "dozens" is
 * [24, 99] and "several" [2, 9] (a small vague word's low end is read loosely). Clock times
 * (unit {@code clock}, minutes after midnight) allow half an hour when approximate. Equal
 * statements agree; overlapping intervals are compatible (different precision); disjoint
 * intervals cannot both be true.
 */
public final class Values {
    private static final double ABOUT = 0.15;
    /** Small vague words are used loosely at their low end: "several banks" may be two. */
    private static final double SMALL = 10;
    private static final double HALF_HOUR = 30;

    private Values() {}

    public static String normalized(QuantityMention q) {
        if (Figures.CLOCK.equals(q.unit())) return clock(q);
        String n = switch (q.approximation()) {
            case EXACT -> number(q.value());
            case ABOUT -> "~" + number(q.value());
            case MORE_THAN -> ">" + number(q.value());
            case AT_LEAST -> ">=" + number(q.value());
            case LESS_THAN -> "<" + number(q.value());
            case AT_MOST -> "<=" + number(q.value());
            case RANGE, VAGUE -> number(q.value()) + "-" + number(q.max());
        };
        if (q.unit() == null) return n;
        return q.unit().equals("%") ? n + "%" : n + " " + q.unit();
    }

    public static boolean equal(QuantityMention a, QuantityMention b) {
        return a.value() == b.value() && a.max() == b.max() && a.approximation() == b.approximation();
    }

    public static boolean overlap(QuantityMention a, QuantityMention b) {
        double[] x = interval(a);
        double[] y = interval(b);
        return x[0] <= y[1] && y[0] <= x[1];
    }

    static double[] interval(QuantityMention q) {
        double v = q.value();
        return switch (q.approximation()) {
            case EXACT -> new double[] {v, v};
            case ABOUT -> Figures.CLOCK.equals(q.unit()) ? new double[] {v - HALF_HOUR, v + HALF_HOUR}
                    : new double[] {v * (1 - ABOUT), v * (1 + ABOUT)};
            case MORE_THAN, AT_LEAST -> new double[] {v, Double.MAX_VALUE};
            case LESS_THAN, AT_MOST -> new double[] {0, v};
            case RANGE -> new double[] {v, Math.max(v, q.max())};
            case VAGUE -> new double[] {v < SMALL ? v - 1 : v, Math.max(v, q.max())};
        };
    }

    /** "~T14:50": the time of day, approximate or not. */
    private static String clock(QuantityMention q) {
        int m = (int) Math.round(q.value());
        String t = String.format(java.util.Locale.ROOT, "T%02d:%02d", m / 60, m % 60);
        return q.approximation() == org.dossier.annotate.Approximation.EXACT ? t : "~" + t;
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
