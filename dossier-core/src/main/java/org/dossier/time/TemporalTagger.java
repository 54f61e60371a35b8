package org.dossier.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.dossier.text.Span;

/**
 * Finds the time expressions of English news text and normalizes each against the article's
 * publication date (the anchor), HeidelTime-style: independent pattern rules propose matches,
 * the longest non-overlapping ones win, and relative readings are resolved against the anchor,
 * using the verb tense around them where the phrase alone does not say which way to look.
 *
 * <pre>{@code
 * List<TimeMention> ms = TemporalTagger.english().tag("Talks resumed on Thursday.", LocalDate.of(2026, 3, 20));
 * // "Thursday" -> DATE 2026-03-19, basis ANCHOR_TENSE
 * }</pre>
 *
 * <p>Undated text: tag with a null anchor; relative mentions get underspecified values
 * ({@code XXXX-XX-XX}) and basis {@link AnchorBasis#UNANCHORED}, and {@link #reanchor} resolves
 * them once a date is known. The tagger is immutable and thread-safe; create it once.
 */
public final class TemporalTagger {
    private static final Set<String> SIGNALS = Set.of("since", "until", "till", "by", "before", "after", "on", "in", "at",
            "during", "from", "through", "throughout", "for", "within", "over", "to", "between", "of", "around");
    private static final TemporalTagger ENGLISH = new TemporalTagger(englishRules());

    private final List<TimexRule> rules;

    private TemporalTagger(List<TimexRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shared English tagger. */
    public static TemporalTagger english() {
        return ENGLISH;
    }

    private static List<TimexRule> englishRules() {
        List<TimexRule> all = new ArrayList<>();
        all.addAll(CalendarRules.rules());
        all.addAll(PeriodRules.rules());
        all.addAll(DeicticRules.rules());
        all.addAll(DurationRules.rules());
        all.addAll(ClockRules.rules());
        return all;
    }

    /**
     * Every time expression in {@code text}, in text order, normalized against {@code anchor}
     * (the publication date; null when unknown).
     */
    public List<TimeMention> tag(String text, LocalDate anchor) {
        List<TimeMention> out = new ArrayList<>();
        for (Candidate c : select(candidates(text))) {
            Reading reading = c.reading();
            String signal = signal(text, c.start());
            if (reading.relative() != null && reading.relative().direction() == Direction.BY_TENSE) {
                reading = reading.withRelative(reading.relative().withDirection(direction(text, c, signal)));
            }
            Span span = new Span(c.start(), c.end());
            out.add(resolve(span, text.substring(c.start(), c.end()), reading, signal, anchor));
        }
        return Intervals.linkRanges(text, ReferenceTime.apply(out));
    }

    /**
     * The same mentions resolved against a new anchor: how the events stage dates the time
     * expressions of an article whose own date it inferred. Absolute and vague values stay.
     */
    public static List<TimeMention> reanchor(List<TimeMention> mentions, LocalDate anchor) {
        List<TimeMention> out = new ArrayList<>(mentions.size());
        for (TimeMention m : mentions) out.add(resolve(m.span(), m.text(), m.reading(), m.signal(), anchor));
        return Intervals.relinkRanges(mentions, ReferenceTime.apply(out));
    }

    private static TimeMention resolve(Span span, String text, Reading reading, String signal, LocalDate anchor) {
        String value;
        AnchorBasis basis;
        LocalDate used = null;
        RelativeDate rel = reading.relative();
        if (rel == null) {
            value = reading.value();
            basis = reading.vague() ? AnchorBasis.VAGUE : AnchorBasis.ABSOLUTE;
            if (reading.type() == TimexType.DURATION && reading.lean() != Reading.Lean.NONE) used = anchor;
        } else if (anchor == null) {
            value = rel.unanchored();
            basis = AnchorBasis.UNANCHORED;
        } else {
            value = rel.resolve(anchor);
            used = anchor;
            basis = rel.target() == 0 || rel.direction() == Direction.SAME ? AnchorBasis.ANCHOR_OFFSET : AnchorBasis.ANCHOR_TENSE;
        }
        TimeMention m = new TimeMention(span, text, reading.type(), value, reading.mod(), used, basis,
                rel == null ? null : rel.describe(), null, null, signal, reading);
        String[] bounds = Intervals.bounds(m, anchor);
        return bounds[0] == null && bounds[1] == null ? m : m.withInterval(bounds[0], bounds[1]);
    }

    /**
     * Every rule tried at every word start. Time expressions begin at word starts, so trying the
     * patterns only there (instead of at every character, as {@code find()} would) keeps the
     * tagger fast on long texts.
     */
    private List<Candidate> candidates(String text) {
        int[] starts = wordStarts(text);
        List<Candidate> found = new ArrayList<>();
        for (TimexRule rule : rules) {
            Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int taken = 0;
            for (int start : starts) {
                if (start < taken) continue;
                m.region(start, text.length());
                if (!m.lookingAt()) continue;
                Reading r = rule.interpreter().read(m, text);
                if (r != null) {
                    found.add(new Candidate(m.start(), m.end(), r, rule.name()));
                    taken = m.end();
                }
            }
        }
        return found;
    }

    private static int[] wordStarts(String text) {
        int[] starts = new int[Math.max(16, text.length() / 4)];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = Character.isLetterOrDigit(c) || c == '\'';
            boolean previous = i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '\'');
            if (word && !previous) {
                if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
                starts[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /** Longest first, then leftmost; a candidate overlapping one already taken is dropped. */
    private static List<Candidate> select(List<Candidate> found) {
        found.sort(Comparator.comparingInt((Candidate c) -> c.start() - c.end()).thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            boolean free = true;
            for (Candidate k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    free = false;
                    break;
                }
            }
            if (free) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /**
     * Which way a bare weekday or month looks: a deadline ("until Tuesday", "by May", "as soon
     * as Friday") looks ahead, a possessive ("Wednesday's ruling") reports what happened, and
     * otherwise the tense of the clause decides.
     */
    private static Direction direction(String text, Candidate c, String signal) {
        if ("until".equals(signal) || "till".equals(signal) || "by".equals(signal)
                || text.substring(Math.max(0, c.start() - 11), c.start()).toLowerCase(Locale.ROOT).endsWith("as soon as ")) {
            return Direction.FUTURE;
        }
        if (text.startsWith("'s", c.end()) || text.startsWith("’s", c.end())) return Direction.PAST;
        return TenseDetector.tense(text, c.start(), c.end()).direction();
    }

    private static String signal(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') i--;
        int j = i;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) j--;
        String w = text.substring(j, i).toLowerCase(Locale.ROOT);
        return SIGNALS.contains(w) ? w : null;
    }

    private record Candidate(int start, int end, Reading reading, String rule) {}
}
