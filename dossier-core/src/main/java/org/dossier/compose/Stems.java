package org.dossier.compose;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.rules.Token;
import org.dossier.event.Words;

/**
 * The content words of a sentence as stems, and how much two such sets share: the measure of
 * centrality and redundancy the summary uses, so "killed" and "killing" count as one word.
 */
final class Stems {
    private Stems() {}

    static Set<String> of(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)) && !Words.isStop(w)) out.add(Words.stem(w));
        }
        return out;
    }

    /** Cosine of the two word sets: how much two sentences say the same, whatever their lengths. */
    static double likeness(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        return shared(a, b) / Math.sqrt(a.size() * (double) b.size());
    }

    /** The share of {@code candidate}'s words that {@code said} already holds: 1 when it adds nothing. */
    static double repeated(Set<String> candidate, Set<String> said) {
        return candidate.isEmpty() ? 1 : shared(candidate, said) / (double) candidate.size();
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size();
    }
}
