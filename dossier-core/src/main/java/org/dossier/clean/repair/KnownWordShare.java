package org.dossier.clean.repair;

import java.util.Map;
import org.dossier.clean.Lexicon;

/**
 * How much of a text its lexicon knows: word occurrences of two letters or more, and how many of
 * them are known words.
 *
 * <p>Why: a substitution search reads every unknown token as possible damage, which only holds
 * when the text is written in the lexicon's language. In valid German or Spanish most tokens are
 * unknown to an English lexicon, and some letter swap always turns a few of them into English
 * words ("steigend" into "lynd"): a false repair, and a costly search. A systematic corruption,
 * by contrast, damages only the words holding one sequence; the rest of the text stays known.
 * Hence two gates: search only when at least {@value #MIN_TO_SEARCH} of the tokens are known, and
 * accept a substitution only when at least {@value #MIN_AFTER_REPAIR} are known after it (undoing a
 * real corruption restores the text to the share clean text has). The share is taken against the
 * dictionary alone, the lexicon whose words the search proposes: a corpus's own vocabulary knows
 * the German of a German corpus, which makes its words no more English.
 *
 * @param known word occurrences the lexicon knows
 * @param total word occurrences counted (two letters or more)
 */
public record KnownWordShare(int known, int total) {
    /** Share below which a text is taken to be in another language and left alone. */
    public static final double MIN_TO_SEARCH = 0.5;
    /** Share a repaired text must reach for the repair to be accepted. */
    public static final double MIN_AFTER_REPAIR = 0.75;

    public KnownWordShare {
        if (known < 0 || total < known) throw new IllegalArgumentException(known + " of " + total);
    }

    /**
     * The share in a document whose word types (lower case) are counted in {@code types}: every
     * type of two letters or more, known when {@code lexicon} holds it.
     */
    static KnownWordShare of(Map<String, Integer> types, Lexicon lexicon) {
        int total = 0, known = 0;
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            if (t.getKey().length() < 2) continue;
            total += t.getValue();
            if (lexicon.contains(t.getKey())) known += t.getValue();
        }
        return new KnownWordShare(known, total);
    }

    /** Known occurrences over all occurrences; 1 for a text without words (nothing is unknown). */
    public double share() {
        return total == 0 ? 1.0 : (double) known / total;
    }

    /** The share after {@code repaired} more occurrences became known words. */
    public KnownWordShare plus(int repaired) {
        return new KnownWordShare(Math.min(total, known + repaired), total);
    }

    /** True when the text is mostly in the lexicon's language, so unknown tokens may be damage. */
    public boolean worthSearching() {
        return share() >= MIN_TO_SEARCH;
    }

    /** True when a repaired text is known well enough for the repair to be believed. */
    public boolean believable() {
        return share() >= MIN_AFTER_REPAIR;
    }
}
