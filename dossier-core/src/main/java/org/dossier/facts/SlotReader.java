package org.dossier.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.rules.Token;
import org.dossier.event.Words;

/**
 * Reads the {@link Slot} of one figure from the words around it. What it counts comes from its
 * counted noun, its unit, or, for a bare number, from the clause ("the number of ships ... rose
 * to 31", "the death toll to eight", "a workforce of about 3,400"). The action is the action
 * word right before the figure ("killing one worker"), else the verb the figure is the subject of ("six people have died", "two are still missing"), else the nearest
 * action verb of its clause, else the nearest action word of its clause, else of its sentence. A share's holder is the person named before
 * it in the clause ("Albers took 38.4 percent ... and Moeller 31.7 percent"), else the noun that
 * is the subject of its verb ("Turnout was 41.2 percent").
 */
final class SlotReader {
    /** Characters between a figure and the action word that governs it, at most. */
    private static final int REACH = 60;
    /** Tokens after a subject figure within which its verb's action is looked for. */
    private static final int FORWARD = 8;
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should");
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells");
    /** Words that soften a figure ("just over 41 percent") and stand between it and its verb. */
    static final Set<String> HEDGES = Set.of("just", "only", "about", "around", "nearly", "almost", "roughly", "some",
            "over", "under", "than", "more", "less", "least", "at");
    /** What an anaphoric bare figure counts until the article's earlier claim is known. */
    static final String EARLIER = "=";

    private SlotReader() {}

    static Slot read(List<Token> tokens, QuantityMention q, Set<String> surnames) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.end() <= q.span().start() || t.start() >= q.span().end()) continue;
            if (first < 0) first = k;
            last = k;
        }
        if (first < 0) return new Slot(Slot.UNSTATED, "", "");
        int[] clause = Clauses.around(tokens, first);
        String what = Slot.UNSTATED;
        String action = null;
        if (q.unit() != null) {
            what = q.unit();
        } else if (q.counted() != null) {
            what = CountedNouns.key(q.counted());
            action = CountedNouns.impliedAction(q.counted());
            if (action == null && ActionWords.group(q.counted()) != null && q.counted().indexOf(' ') < 0) {
                action = ActionWords.group(q.counted());   // "DOZENS DEAD": the headline counts the dead
                what = Slot.UNSTATED;
            }
        } else {
            String[] bare = bareCount(tokens, clause[0], first);
            what = bare[0];
            action = bare[1];
        }
        if (outOfWork(tokens, first, clause[1])) {   // "putting 180 people out of work": jobs lost
            what = "job";
            action = "loss";
        }
        if (action == null) action = justBefore(tokens, first, clause[0]);
        if (action == null) action = forward(tokens, last, clause[1]);
        if (action == null) action = nearest(tokens, q, clause[0], clause[1], true);
        if (action == null) action = nearest(tokens, q, clause[0], clause[1], false);
        if (action == null) action = nearest(tokens, q, 0, tokens.size() - 1, false);
        String holder = "%".equals(q.unit()) ? holder(tokens, clause[0], first, surnames) : "";
        return new Slot(what, action == null ? "" : action, holder);
    }

    private static boolean outOfWork(List<Token> tokens, int first, int end) {
        for (int k = first; k + 2 <= Math.min(end, first + 5); k++) {
            if (lower(tokens, k).equals("out") && lower(tokens, k + 1).equals("of") && lower(tokens, k + 2).equals("work")) return true;
        }
        return false;
    }

    /** What a bare number counts, and the action its noun implies: [what, action or null]. */
    private static String[] bareCount(List<Token> tokens, int from, int number) {
        for (int k = from; k + 2 < number; k++) {
            if (lower(tokens, k).equals("number") && lower(tokens, k + 1).equals("of")) {
                for (int j = k + 2; j < number; j++) {
                    if (tokens.get(j).isNoun()) return new String[] {CountedNouns.key(tokens.get(j).word()), null};
                }
            }
        }
        for (int k = number - 1; k >= from; k--) {
            String w = lower(tokens, k);
            if (CountedNouns.impliedAction(w) != null) return new String[] {CountedNouns.key(w), CountedNouns.impliedAction(w)};
            if (!tokens.get(k).isNoun() || k + 1 >= number || !lower(tokens, k + 1).matches("of|at")) continue;
            if (CountedNouns.anaphoric(w)) return new String[] {EARLIER, null};
            break;
        }
        return new String[] {Slot.UNSTATED, null};
    }

    /** The action word right before the figure, past hedges and articles: "would cost about 400 million". */
    private static String justBefore(List<Token> tokens, int first, int clauseStart) {
        int k = first - 1;
        while (k >= clauseStart && (HEDGES.contains(lower(tokens, k)) || lower(tokens, k).matches("a|an|the|all"))) k--;
        return k >= clauseStart ? ActionWords.group(tokens, k) : null;
    }

    /** The action of the verb a figure is the subject of: "17 homes had been destroyed". */
    private static String forward(List<Token> tokens, int last, int clauseEnd) {
        boolean verbFollows = false;
        for (int k = last + 1; k <= Math.min(clauseEnd, last + 3); k++) if (tokens.get(k).isVerb()) verbFollows = true;
        if (last + 1 <= clauseEnd && tokens.get(last + 1).isNoun()) {
            String g = ActionWords.group(tokens, last + 1);   // "a 48-hour stoppage"
            if (g != null) return g;
        }
        if (!verbFollows) return null;
        for (int k = last + 1; k <= Math.min(clauseEnd, last + FORWARD); k++) {
            if (tokens.get(k).word().matches("and|but|or|,")) break;   // "six have died and two are missing"
            String g = ActionWords.group(tokens, k);
            if (g != null) return g;
        }
        return null;
    }

    /**
     * The action word nearest the figure between tokens {@code from} and {@code to}, within reach;
     * with {@code verbs}, only verbs count ("asked for a sentence of eight years" is a demand).
     */
    private static String nearest(List<Token> tokens, QuantityMention q, int from, int to, boolean verbs) {
        String best = null;
        int bestDistance = REACH + 1;
        for (int k = from; k <= to; k++) {
            if (k < to && tokens.get(k).end() <= q.span().start() && blocked(tokens, k, q)) continue;
            Token t = tokens.get(k);
            if (t.start() >= q.span().start() && t.end() <= q.span().end() || verbs && !t.isVerb()) continue;
            String g = ActionWords.group(tokens, k);
            if (g == null) continue;
            int d = t.start() >= q.span().end() ? t.start() - q.span().end() : q.span().start() - t.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = g;
            }
        }
        return best;
    }

    /**
     * Whether another verb stands between token {@code k} and the figure after it: "killing four
     * people and forcing about 300 residents from their homes" does not count the residents dead.
     */
    private static boolean blocked(List<Token> tokens, int k, QuantityMention q) {
        for (int j = k + 1; j < tokens.size() && tokens.get(j).end() <= q.span().start(); j++) {
            Token t = tokens.get(j);
            if (t.isVerb() && !AUXILIARIES.contains(lower(tokens, j)) && ActionWords.group(tokens, j) == null) return true;
        }
        return false;
    }

    /** Whose share: a person named before it in the clause, else the subject noun of its verb. */
    private static String holder(List<Token> tokens, int from, int number, Set<String> surnames) {
        for (int k = number - 1; k >= from; k--) {
            String w = lower(tokens, k);
            boolean speaker = k + 1 < tokens.size() && SPEECH.contains(lower(tokens, k + 1))
                    || k + 2 < tokens.size() && tokens.get(k + 1).word().equals(",") && SPEECH.contains(lower(tokens, k + 2));
            if (surnames.contains(w) && !speaker) return w;
        }
        int k = number - 1;
        while (k >= from && HEDGES.contains(lower(tokens, k))) k--;
        if (k >= from && lower(tokens, k).matches("to|at|with")) k--;
        if (k < from || !tokens.get(k).isVerb()) return "";
        k--;
        while (k >= from && tokens.get(k).pos().startsWith("RB")) k--;
        if (k < from || !tokens.get(k).isNoun()) return "";
        return tokens.get(k).pos().startsWith("NNP") ? lower(tokens, k) : Words.stem(lower(tokens, k));
    }

    private static String lower(List<Token> tokens, int k) {
        return tokens.get(k).word().toLowerCase(Locale.ROOT);
    }
}
