package org.dossier.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.rules.NumberWords;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.annotate.rules.Token;
import org.dossier.text.Span;

/**
 * Numbers that state a figure without naming what they count, which the quantity annotator
 * leaves out (a bare number is often a page, a rank or a clock time): a figure after "to", "at",
 * "of" or "with" that ends its phrase ("the death toll rose to eight", "put the number at 2,600",
 * "a workforce of about 3,400"), a number that is the subject of its verb ("two are still
 * missing"), and a part of a group counted before ("14 people were hurt, three of them badly"). Claims keep them only when the clause says what they count or what happened.
 */
final class BareNumbers {
    private static final java.util.Set<String> BEFORE = java.util.Set.of("to", "at", "of", "with", "from");
    private static final java.util.Set<String> GROUP_PRONOUNS = java.util.Set.of("them", "whom", "those", "these");
    private static final Map<String, Approximation> QUALIFIERS = Map.of("about", Approximation.ABOUT,
            "around", Approximation.ABOUT, "some", Approximation.ABOUT, "roughly", Approximation.ABOUT,
            "nearly", Approximation.ABOUT, "almost", Approximation.ABOUT, "approximately", Approximation.ABOUT,
            "over", Approximation.MORE_THAN, "than", Approximation.MORE_THAN, "least", Approximation.AT_LEAST);

    private BareNumbers() {}

    static List<QuantityMention> find(TaggedText tagged, List<QuantityMention> known) {
        List<QuantityMention> out = new ArrayList<>();
        for (TaggedSentence s : tagged.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.pos().equals("CD") || !t.ner().matches("O|NUMBER") || inside(t, known)) continue;
                Double v = NumberWords.value(t.word());
                if (v == null || NumberWords.looksLikeYear(t.word())) continue;
                String next = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : ".";
                if (next.matches("CD|NN|NNS|NNP|NNPS|JJ|%|\\$|HYPH|-") || i + 1 < tokens.size() && tokens.get(i + 1).word().equals("-")) continue;
                int q = i - 1;
                Approximation approx = Approximation.EXACT;
                if (q >= 0 && QUALIFIERS.containsKey(lower(tokens, q))) {
                    approx = QUALIFIERS.get(lower(tokens, q));
                    q -= lower(tokens, q).matches("than|least") ? 2 : 1;
                    if (q >= 0 && lower(tokens, q).equals("just")) q--;
                }
                boolean afterPreposition = q >= 0 && BEFORE.contains(lower(tokens, q));
                boolean subject = (i == 0 || !tokens.get(i - 1).pos().matches("IN|TO|DT|CD")) && next.startsWith("VB");
                boolean part = partOfGroup(tokens, i);
                if (!afterPreposition && !subject && !part) continue;
                int start = approx == Approximation.EXACT ? t.start() : tokens.get(q + 1).start();
                int end = part ? tokens.get(i + 2).end() : t.end();
                Span span = new Span(start, end);
                out.add(new QuantityMention(span, tagged.text().substring(start, end), v, v, approx, null, null));
            }
        }
        return out;
    }

    /** "three of them", "two of whom": a part of the group the sentence counted before. */
    static boolean partOfGroup(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && lower(tokens, i + 1).equals("of") && GROUP_PRONOUNS.contains(lower(tokens, i + 2));
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    static boolean inside(Token t, List<QuantityMention> known) {
        for (QuantityMention q : known) if (q.span().start() <= t.start() && t.end() <= q.span().end()) return true;
        return false;
    }
}
