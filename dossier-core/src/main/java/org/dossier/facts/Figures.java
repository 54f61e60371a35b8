package org.dossier.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.rules.NumberWords;
import org.dossier.annotate.rules.QuantityRules;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.annotate.rules.Token;
import org.dossier.text.Span;

/**
 * Every figure of a text a claim may state: the quantities the rules read (numbers bound to what
 * they count, percentages, money), the annotator's own quantities where they add one, bare
 * numbers ({@link BareNumbers}), durations written as compounds ("a 48-hour strike": 48 hours)
 * and fractions of a whole ("two-thirds of the vote": about 67 percent). Reading the text again
 * with the rules, rather than taking only the annotator's quantities, keeps the claims the same
 * whichever annotator ran.
 */
final class Figures {
    private static final Map<String, Double> FRACTIONS = Map.of("half", 50d, "third", 100 / 3d, "thirds", 100 / 3d,
            "quarter", 25d, "quarters", 25d, "fifth", 20d, "fifths", 20d);
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("minute", "hour", "day", "week", "month", "year");

    /** The unit of a time of day; its value is minutes after midnight. */
    static final String CLOCK = "clock";
    private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(shortly before|shortly after|just before|just after|at about|at around|about|around|approximately)\\s+)?"
                    + "\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?m\\b\\.?");
    private static final Map<String, String> CURRENCY_WORDS = Map.of("kroner", "NOK", "krone", "NOK", "kronor", "SEK",
            "krona", "SEK", "francs", "CHF", "rupees", "INR", "zloty", "PLN");
    private static final java.util.Set<String> CURRENCY_CODES = java.util.Set.of("NOK", "SEK", "DKK", "ISK", "EUR", "USD",
            "GBP", "CHF", "JPY", "CNY", "INR", "PLN", "CAD", "AUD", "RUB");
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6);
    private static final Map<String, Approximation> HEDGES = Map.of("about", Approximation.ABOUT, "around",
            Approximation.ABOUT, "roughly", Approximation.ABOUT, "some", Approximation.ABOUT, "nearly", Approximation.ABOUT,
            "approximately", Approximation.ABOUT, "almost", Approximation.ABOUT, "over", Approximation.MORE_THAN);

    private Figures() {}

    static List<QuantityMention> find(TaggedText tagged, List<QuantityMention> annotated) {
        List<QuantityMention> out = new ArrayList<>(QuantityRules.find(tagged));
        for (QuantityMention q : annotated) {
            if ((q.counted() != null || q.unit() != null) && out.stream().noneMatch(o -> o.span().overlaps(q.span()))) out.add(q);
        }
        List<QuantityMention> times = timesOfDay(tagged.text());
        out.removeIf(q -> times.stream().anyMatch(t -> t.span().overlaps(q.span())));
        out.addAll(times);
        for (TaggedSentence s : tagged.sentences()) {
            compounds(tagged.text(), s.tokens(), out);
            single(tagged.text(), s.tokens(), out);
        }
        out.addAll(BareNumbers.find(tagged, out));
        out.removeIf(q -> q.counted() != null && q.counted().length() < 2);   // "six o'clock" is a time
        out.replaceAll(q -> currency(tagged.text(), q));
        mergeVague(tagged.text(), out);
        out.sort(Comparator.comparing(QuantityMention::span));
        return out;
    }

    /** "shortly before 3 p.m.", "at about 2:50 p.m.": minutes after midnight. */
    private static List<QuantityMention> timesOfDay(String text) {
        List<QuantityMention> out = new ArrayList<>();
        java.util.regex.Matcher m = TIME_OF_DAY.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(2));
            int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hour < 1 || hour > 12 || minute > 59) continue;
            int minutes = (hour % 12 + (m.group(4).equalsIgnoreCase("p") ? 12 : 0)) * 60 + minute;
            Approximation a = m.group(1) == null ? Approximation.EXACT : Approximation.ABOUT;
            out.add(new QuantityMention(new Span(m.start(), m.end()), m.group(), minutes, minutes, a, CLOCK, null));
        }
        return out;
    }

    /**
     * "killing one worker": the number one, which the rules leave out (it is mostly a pronoun), as
     * the object of an action word only ("said one passenger" counts nobody).
     */
    private static void single(String text, List<Token> tokens, List<QuantityMention> out) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token one = tokens.get(i);
            Token noun = tokens.get(i + 1);
            if (!one.word().equalsIgnoreCase("one") || ActionWords.group(tokens, i - 1) == null || !noun.pos().equals("NN")) continue;
            Span span = new Span(one.start(), noun.end());
            if (out.stream().anyMatch(o -> o.span().overlaps(span))) continue;
            out.add(new QuantityMention(span, text.substring(span.start(), span.end()), 1, 1, Approximation.EXACT, null,
                    noun.word().toLowerCase(Locale.ROOT)));
        }
    }

    /** "NOK 400 million" and "400 million kroner": money in currencies the rules do not name. */
    private static QuantityMention currency(String text, QuantityMention q) {
        if (q.unit() != null) return q;
        if (q.counted() != null) {
            String first = q.counted().split(" ")[0];
            if (CURRENCY_WORDS.containsKey(first)) {
                return new QuantityMention(q.span(), q.text(), q.value(), q.max(), q.approximation(), CURRENCY_WORDS.get(first), null);
            }
            return q;
        }
        int end = q.span().start();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        if (end < 3 || !CURRENCY_CODES.contains(text.substring(end - 3, end))) return q;
        int start = end - 3;
        Approximation a = q.approximation();
        int wordStart = start - 1;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
        if (wordStart >= 0 && start - 1 > wordStart && a == Approximation.EXACT) {
            Approximation hedge = HEDGES.get(text.substring(wordStart, start - 1).toLowerCase(Locale.ROOT));
            if (hedge != null) {
                a = hedge;
                start = wordStart;
            }
        }
        Span span = new Span(start, q.span().end());
        return new QuantityMention(span, text.substring(span.start(), span.end()), q.value(), q.max(), a,
                text.substring(end - 3, end), null);
    }

    /** "Several hundred residents": the rules read "several" and "hundred residents" apart. */
    private static void mergeVague(String text, List<QuantityMention> out) {
        for (int i = 0; i + 1 < out.size(); i++) {
            QuantityMention a = out.get(i);
            QuantityMention b = out.get(i + 1);
            String scale = b.text().toLowerCase(Locale.ROOT).split(" ")[0];
            if (a.approximation() != Approximation.VAGUE || a.counted() != null || !SCALES.containsKey(scale)
                    || !text.substring(a.span().end(), b.span().start()).isBlank()) {
                continue;
            }
            double unit = SCALES.get(scale);
            Span span = new Span(a.span().start(), b.span().end());
            out.set(i, new QuantityMention(span, text.substring(span.start(), span.end()), a.value() * unit, a.max() * unit,
                    Approximation.VAGUE, b.unit(), b.counted()));
            out.remove(i + 1);
        }
    }

    /** "48-hour" (one token or three) and "two-thirds of": figures the counted-noun rules miss. */
    private static void compounds(String text, List<Token> tokens, List<QuantityMention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            int dash = w.indexOf('-');
            String number = dash > 0 ? w.substring(0, dash) : w;
            String unit = dash > 0 ? w.substring(dash + 1) : null;
            int end = i;
            if (unit == null && i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-")) {
                unit = tokens.get(i + 2).word().toLowerCase(Locale.ROOT);
                end = i + 2;
            }
            if (unit == null) continue;
            Double v = NumberWords.value(number);
            Span span = new Span(t.start(), tokens.get(end).end());
            if (v == null || out.stream().anyMatch(o -> o.span().overlaps(span))) continue;
            if (TIME_UNITS.contains(unit)) {
                out.add(new QuantityMention(span, text.substring(span.start(), span.end()), v, v, Approximation.EXACT, null, unit));
            } else if (FRACTIONS.containsKey(unit) && end + 1 < tokens.size() && tokens.get(end + 1).word().equalsIgnoreCase("of")) {
                double p = v * FRACTIONS.get(unit);
                out.add(new QuantityMention(span, text.substring(span.start(), span.end()), p, p, Approximation.ABOUT, "%", null));
            }
        }
    }
}
