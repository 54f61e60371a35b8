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

    private Figures() {}

    static List<QuantityMention> find(TaggedText tagged, List<QuantityMention> annotated) {
        List<QuantityMention> out = new ArrayList<>(QuantityRules.find(tagged));
        for (QuantityMention q : annotated) {
            if ((q.counted() != null || q.unit() != null) && out.stream().noneMatch(o -> o.span().overlaps(q.span()))) out.add(q);
        }
        for (TaggedSentence s : tagged.sentences()) compounds(tagged.text(), s.tokens(), out);
        out.addAll(BareNumbers.find(tagged, out));
        out.removeIf(q -> q.counted() != null && q.counted().length() < 2);   // "six o'clock" is a time
        out.sort(Comparator.comparing(QuantityMention::span));
        return out;
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
