package org.dossier.event;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;

/**
 * How likely two articles report the same happening. Word and name overlap alone cannot tell two
 * happenings of one storyline apart (they share every name), so three kinds of evidence override
 * it: the dates of the happenings their leads report, the exact numbers their leads state about
 * the same counted thing (not durations), the actions their leads describe, and the kinds of
 * happening their headlines name.
 */
public final class PairScorer {
    /** Days a report may lag the happening it reports when only its publication date is known. */
    static final int REPORTING_LAG_DAYS = 5;

    /** Added when both dates match. */
    static final double DATE_BONUS = 0.10;
    /**
     * Added when one side has no date at all: missing evidence is neither for nor against, so an
     * undated report (a copy without its dateline, a brief) gets a part of the date bonus instead of
     * trailing every dated report by all of it.
     */
    static final double UNDATED_BONUS = 0.03;
    /** Added when both headlines name the same kind of happening. */
    static final double KIND_BONUS = 0.05;
    /** Kept of the score when the headlines name different kinds of happening (a strike, a pay deal). */
    static final double KIND_APART = 0.5;
    /**
     * Kept of the score when two reports name people and places but none in common: reports of
     * one happening name its place or its actors, while unrelated stories of one kind (two ferry
     * stories) share only common words.
     */
    static final double NO_SHARED_NAME = 0.5;
    /** What a duration or a clock time counts: "for five hours", "six years", "at six o'clock". */
    private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "fortnight",
            "month", "year", "decade", "century", "o", "o'clock", "p.m", "a.m", "p.m.", "a.m.", "am", "pm");

    private final TermStats stats;

    public PairScorer(TermStats stats) {
        this.stats = stats;
    }

    /** How well an article fits an event: the pooled evidence, dated by its members' dates. */
    double score(ArticleProfile a, EventCentroid event) {
        return score(a, event.pooled(), datesOf(a, event));
    }

    /** The article's date against the event's: a match with any dated member, else a conflict with all. */
    private static Dates datesOf(ArticleProfile a, EventCentroid event) {
        if (a.mainDate() == null || event.dated().isEmpty()) return Dates.UNDATED;
        Dates dates = Dates.CONFLICT;
        for (ArticleProfile m : event.dated()) {
            Dates d = dates(a, m);
            if (d == Dates.MATCH) return Dates.MATCH;
            if (d == Dates.UNKNOWN) dates = Dates.UNKNOWN;
        }
        return dates;
    }

    public double score(ArticleProfile a, ArticleProfile b) {
        return score(a, b, dates(a, b));
    }

    private double score(ArticleProfile a, ArticleProfile b, Dates dates) {
        return breakdown(a, b, dates).total();
    }

    /** The parts of an article's score against an event's pooled evidence, to explain a decision. */
    String explain(ArticleProfile a, EventCentroid event) {
        return breakdown(a, event.pooled(), datesOf(a, event)).toString();
    }

    /** The parts of two articles' score. */
    String explain(ArticleProfile a, ArticleProfile b) {
        return breakdown(a, b, dates(a, b)).toString();
    }

    /**
     * The parts of a score, kept apart so that a wrong decision can be explained: weighted
     * overlaps, then the bonuses, then the factors that keep apart different happenings.
     */
    record Breakdown(double lead, double body, double names, double allNames, double actions, boolean sharedNumber,
            Dates dates, boolean sameKind, boolean numberConflict, boolean kindsApart, boolean noSharedName) {
        double total() {
            if (dates == Dates.CONFLICT) return 0;
            double s = 0.40 * lead + 0.15 * body + 0.15 * names + 0.10 * allNames + 0.10 * actions;
            if (sharedNumber) s += 0.15;
            if (dates == Dates.MATCH) s += DATE_BONUS;
            if (dates == Dates.UNDATED) s += UNDATED_BONUS;
            if (sameKind) s += KIND_BONUS;
            if (numberConflict && dates != Dates.MATCH) s *= 0.4;
            if (kindsApart) s *= KIND_APART;
            if (noSharedName) s *= NO_SHARED_NAME;
            return s;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%.3f = lead %.2f body %.2f names %.2f/%.2f actions %.2f%s dates %s%s%s%s%s", total(), lead, body,
                    names, allNames, actions, sharedNumber ? " +number" : "", dates, sameKind ? " +kind" : "",
                    numberConflict ? " x number conflict" : "", kindsApart ? " x kinds apart" : "",
                    noSharedName ? " x no shared name" : "");
        }
    }

    private Breakdown breakdown(ArticleProfile a, ArticleProfile b, Dates dates) {
        Numbers numbers = numbers(a, b);
        double allNames = stats.nameOverlap(a.names(), b.names());
        return new Breakdown(stats.cosine(a.leadTerms(), b.leadTerms()), stats.cosine(a.bodyTerms(), b.bodyTerms()),
                stats.nameOverlap(a.leadNames(), b.leadNames()), allNames, jaccard(a.actions(), b.actions()),
                numbers.shared > 0, dates, HappeningKinds.same(a.kinds(), b.kinds()), numbers.conflict,
                HappeningKinds.apart(a.kinds(), b.kinds()),
                allNames == 0 && !a.names().isEmpty() && !b.names().isEmpty());
    }

    enum Dates { MATCH, CONFLICT, UNKNOWN, UNDATED }

    /**
     * Dates of the two happenings: both stated in the lead must overlap (a day either way for
     * time zones); a publication date alone may trail its happening by a few days.
     */
    static Dates dates(ArticleProfile a, ArticleProfile b) {
        if (a.mainDate() == null || b.mainDate() == null) return Dates.UNDATED;
        boolean aPub = "publication date".equals(a.dateBasis());
        boolean bPub = "publication date".equals(b.dateBasis());
        if (aPub && bPub) {
            long gap = Math.abs(ChronoUnit.DAYS.between(a.mainDate().start(), b.mainDate().start()));
            return gap <= REPORTING_LAG_DAYS ? Dates.UNKNOWN : Dates.CONFLICT;
        }
        int slack = REPORTING_LAG_DAYS;
        return a.mainDate().compatible(b.mainDate(), slack) ? Dates.MATCH : Dates.CONFLICT;
    }

    record Numbers(int shared, boolean conflict) {}

    /**
     * Exact numbers about the same counted thing. Shared: a count stated in one article's lead and
     * anywhere but the background of the other (a report repeats the count of people or things its
     * happening affected; amounts of money get restated as context, so they do not count here).
     * Conflicting: different exact shares or amounts of one unit in both leads with no equal one
     * (two rounds of a vote). Counts of people and things never conflict: a developing story revises
     * them (the toll rises, the missing are found, a copy states an older figure), so a different
     * count is no sign of a different happening.
     */
    static Numbers numbers(ArticleProfile a, ArticleProfile b) {
        int shared = 0;
        boolean conflict = false;
        for (QuantityMention x : a.numbers()) {
            if (duration(x)) continue;
            for (QuantityMention y : b.numbers()) {
                if (x.approximation() == Approximation.EXACT && y.approximation() == Approximation.EXACT
                        && x.unit() == null && x.value() == y.value() && x.value() >= 2 && sameCounted(x, y)
                        && (a.leadNumbers().contains(x) || b.leadNumbers().contains(y))) {
                    shared++;
                }
            }
        }
        for (QuantityMention x : a.leadNumbers()) {
            if (x.unit() == null) continue;
            boolean equal = false;
            boolean differs = false;
            for (QuantityMention y : b.leadNumbers()) {
                if (!sameCounted(x, y)) continue;
                if (x.value() == y.value() && x.max() == y.max()) {
                    equal = true;
                } else if (x.approximation() == Approximation.EXACT && y.approximation() == Approximation.EXACT) {
                    differs = true;
                }
            }
            if (differs && !equal) conflict = true;
        }
        return new Numbers(shared, conflict);
    }

    /**
     * Whether a quantity is a duration or a clock time. Why they are no evidence: "testified for
     * five hours" and "finished in five hours" share a figure but not a happening, and a report's
     * "six years" may be a sentence, an age or a delay; counts of people and things identify a
     * happening, lengths of time do not.
     */
    static boolean duration(QuantityMention q) {
        if (q.unit() != null || q.counted() == null) return false;
        String last = q.counted().substring(q.counted().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return TIME_UNITS.contains(last) || TIME_UNITS.contains(Words.stem(last));
    }

    /** Same unit and the same head noun of what is counted (or a corrupted spelling of it). */
    static boolean sameCounted(QuantityMention x, QuantityMention y) {
        if (x.unit() != null || y.unit() != null) return x.unit() != null && x.unit().equals(y.unit());
        if (x.counted() == null || y.counted() == null) return false;
        String hx = head(x.counted());
        String hy = head(y.counted());
        return hx.equals(hy) || hx.length() >= 5 && hy.length() >= 5 && hx.regionMatches(0, hy, 0, 4)
                && hx.charAt(hx.length() - 1) == hy.charAt(hy.length() - 1);
    }

    static String head(String counted) {
        int sp = counted.lastIndexOf(' ');
        return Words.stem(sp < 0 ? counted : counted.substring(sp + 1));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / (double) (a.size() + b.size() - both.size());
    }
}
