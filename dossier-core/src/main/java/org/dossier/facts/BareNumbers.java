package org.dossier.facts;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.rules.NumberWords;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.annotate.rules.Token;

/**
 * Numbers that state a figure without naming what they count: "the death toll rose to eight",
 * "raising the number of ships waiting to 31". The quantity annotator leaves these out (a bare
 * number is often a page, a rank or a clock time); claims keep them only when an action word
 * governs them (see {@link ClaimExtractor}).
 */
final class BareNumbers {
    private BareNumbers() {}

    static List<QuantityMention> find(TaggedText tagged, List<QuantityMention> known) {
        List<QuantityMention> out = new ArrayList<>();
        for (TaggedSentence s : tagged.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.pos().equals("CD") || !t.ner().equals("O") || inside(t, known)) continue;
                Double v = NumberWords.value(t.word());
                if (v == null || NumberWords.looksLikeYear(t.word())) continue;
                if (!tokens.get(i - 1).word().equalsIgnoreCase("to")) continue;
                boolean more = i + 1 < tokens.size() && tokens.get(i + 1).pos().matches("CD|NN|NNS|%|\\$");
                if (more) continue;
                out.add(new QuantityMention(t.span(), t.word(), v, v, Approximation.EXACT, null, null));
            }
        }
        return out;
    }

    private static boolean inside(Token t, List<QuantityMention> known) {
        for (QuantityMention q : known) if (q.span().start() <= t.start() && t.end() <= q.span().end()) return true;
        return false;
    }
}
