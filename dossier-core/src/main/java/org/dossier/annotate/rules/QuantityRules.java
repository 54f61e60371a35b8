package org.dossier.annotate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.text.Span;

/**
 * Numbers bound to what they count. Reads, left to right: an optional qualifier ("more than",
 * "nearly", "at least", "between"), the number (digits, words, a scale word, or a vague plural),
 * an optional range end ("to 20", "-20", "and 20"), a unit ("%", "percent", a currency sign or
 * word), and the counted noun phrase, whose head is lemmatized: "250 political prisoners" counts
 * "political prisoner". Years and calendar dates are left to the time tagger.
 */
public final class QuantityRules {
    private static final Map<String, Approximation> ONE_WORD_QUALIFIERS = Map.of("over", Approximation.MORE_THAN,
            "nearly", Approximation.ABOUT, "almost", Approximation.ABOUT, "about", Approximation.ABOUT,
            "around", Approximation.ABOUT, "approximately", Approximation.ABOUT, "roughly", Approximation.ABOUT,
            "some", Approximation.ABOUT, "under", Approximation.LESS_THAN, "estimated", Approximation.ABOUT);
    private static final Map<String, Approximation> TWO_WORD_QUALIFIERS = Map.of("more than", Approximation.MORE_THAN,
            "upwards of", Approximation.MORE_THAN, "at least", Approximation.AT_LEAST,
            "fewer than", Approximation.LESS_THAN, "less than", Approximation.LESS_THAN,
            "up to", Approximation.AT_MOST, "at most", Approximation.AT_MOST, "as many", Approximation.AT_MOST,
            "close to", Approximation.ABOUT);
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "US$", "USD", "€", "EUR",
            "£", "GBP", "¥", "JPY");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"), Map.entry("dlrs", "USD"), Map.entry("dlr", "USD"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"), Map.entry("francs", "CHF"));
    private static final int MAX_COUNTED_WORDS = 4;
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private QuantityRules() {}

    public static List<QuantityMention> find(TaggedText text) {
        List<QuantityMention> out = new ArrayList<>();
        for (TaggedSentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            // headlines capitalize every word: their plural nouns come tagged as proper nouns
            boolean titleCase = ToolkitText.titleLike(text.text().substring(s.span().start(), s.span().end()));
            int i = 0;
            while (i < tokens.size()) {
                QuantityMention q = readAt(text.text(), tokens, i, titleCase);
                if (q == null) {
                    i++;
                    continue;
                }
                out.add(q);
                while (i < tokens.size() && tokens.get(i).start() < q.span().end()) i++;
            }
        }
        return out;
    }

    private static QuantityMention readAt(String text, List<Token> tokens, int i, boolean titleCase) {
        Cursor c = new Cursor(tokens, i);
        String currency = CURRENCY_SIGNS.get(c.word());
        if (currency != null) c.i++;
        double[] range = c.number(currency != null);
        if (range == null) return null;
        if (currency != null && c.is("m") && tokens.get(c.i).start() == tokens.get(c.i - 1).end()) {
            range = new double[] {range[0] * 1e6, range[1] * 1e6};   // "$540m": million, not metres
            c.i++;
        }
        int numberEnd = c.i;
        Approximation approx = range[0] == range[1] ? Approximation.EXACT : Approximation.VAGUE;
        Token first = tokens.get(c.i - 1);
        if (approx == Approximation.EXACT && isDateNumber(tokens, i, c.i)) return null;
        if (i > 0 && tokens.get(i - 1).word().equals("-") && tokens.get(i - 1).end() == tokens.get(i).start()) {
            return null;   // part of a name or code such as "G-7"
        }
        // range end: "10 to 20", "10-20", "between 10 and 20"
        if (c.is("to") || c.is("-") || c.is("–") || c.is("and") && before(tokens, i, 1).equals("between")) {
            Cursor r = new Cursor(tokens, c.i + 1);
            double[] end = r.number();
            if (end != null && end[0] > range[0]) {
                range = new double[] {range[0], end[1]};
                approx = Approximation.RANGE;
                c.i = r.i;
            }
        }
        String unit = currency;
        if (c.is("%") || c.is("percent") || c.is("pct")) {
            unit = "%";
            c.i++;
        } else if (c.is("per") && c.peekIs(1, "cent")) {
            unit = "%";
            c.i += 2;
        } else if (CURRENCY_WORDS.containsKey(c.word().toLowerCase(Locale.ROOT))) {
            unit = CURRENCY_WORDS.get(c.word().toLowerCase(Locale.ROOT));
            c.i++;
        }
        int start = i;
        Approximation qualifier = qualifierBefore(tokens, i);
        if (qualifier != null && approx == Approximation.EXACT) {
            approx = qualifier;
            start = i - (TWO_WORD_QUALIFIERS.containsValue(qualifier) && twoWordBefore(tokens, i) != null ? 2 : 1);
        }
        boolean vague = approx == Approximation.VAGUE;
        String counted = unit != null && !unit.equals("%") ? null : countedAt(tokens, c, vague, titleCase);
        if (counted == null && unit == null && !vague) return null;
        if (counted == null && unit == null && NumberWords.looksLikeYear(first.word())) return null;
        int end = tokens.get(Math.max(c.i, numberEnd) - 1).end();
        Span span = new Span(tokens.get(start).start(), end);
        return new QuantityMention(span, text.substring(span.start(), span.end()), range[0], range[1], approx, unit,
                counted);
    }

    /** Years, days of a month, clock times: the time tagger's, not ours. */
    private static boolean isDateNumber(List<Token> tokens, int from, int to) {
        Token t = tokens.get(from);
        boolean nounFollows = to < tokens.size() && tokens.get(to).pos().equals("NNS");
        if (NumberWords.looksLikeYear(t.word()) && !nounFollows) return true;
        if (from > 0 && MONTHS.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT).replace(".", ""))) return true;
        if (to < tokens.size() && MONTHS.contains(tokens.get(to).word().toLowerCase(Locale.ROOT).replace(".", ""))) return true;
        return t.ner().equals("DATE") && !nounFollows || t.ner().equals("TIME");
    }

    /** The counted noun phrase after the number, head lemmatized; {@code null} when none. */
    private static String countedAt(List<Token> tokens, Cursor c, boolean allowOf, boolean titleCase) {
        int k = c.i;
        if (allowOf && c.is("of")) {
            k++;
            if (k < tokens.size() && tokens.get(k).pos().matches("DT|PRP\\$")) k++;
        }
        int head = -1;
        int j = k;
        while (j < tokens.size() && j - k < MAX_COUNTED_WORDS && tokens.get(j).pos().matches("JJ|JJR|NN|NNS|NNP|NNPS|HYPH|VBN")) {
            if (tokens.get(j).isNoun()) head = j;
            else if (head >= 0) break;
            j++;
            if (head >= 0 && tokens.get(head).pos().matches("NNS|NNPS")) break;   // a plural ends the phrase
        }
        if (head < 0) return null;
        StringBuilder sb = new StringBuilder();
        for (int m = k; m < head; m++) {
            Token t = tokens.get(m);
            sb.append(t.pos().equals("NNP") && !titleCase ? t.word() : t.word().toLowerCase(Locale.ROOT)).append(' ');
        }
        Token h = tokens.get(head);
        sb.append(h.pos().equals("NNPS") ? singular(h.word().toLowerCase(Locale.ROOT))
                : h.pos().equals("NNP") && !titleCase ? h.word()
                : h.word().equalsIgnoreCase("people") ? "people" : h.lemma().toLowerCase(Locale.ROOT));
        c.i = head + 1;
        return sb.toString();
    }

    /** Plural to singular for words the lemmatizer left alone (proper-noun tags in headlines). */
    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }

    private static Approximation qualifierBefore(List<Token> tokens, int i) {
        Approximation two = twoWordBefore(tokens, i);
        if (two != null) return two;
        return ONE_WORD_QUALIFIERS.get(before(tokens, i, 1));
    }

    private static Approximation twoWordBefore(List<Token> tokens, int i) {
        return TWO_WORD_QUALIFIERS.get(before(tokens, i, 2) + " " + before(tokens, i, 1));
    }

    private static String before(List<Token> tokens, int i, int back) {
        return i - back >= 0 ? tokens.get(i - back).word().toLowerCase(Locale.ROOT) : "";
    }
}
