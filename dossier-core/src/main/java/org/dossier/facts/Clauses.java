package org.dossier.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.rules.Token;

/**
 * The clause of a sentence a figure stands in, as a token range. A figure's action and holder are
 * looked for in its own clause first: in "the union is asking for 9 percent; the company has
 * offered 3.5 percent" the offer must not take the demand's verb. A clause ends at a semicolon,
 * a colon or a dash, and at a comma that opens a relative or subordinate clause ("..., which
 * employs 3,400 people", "..., according to the company", "..., after an explosion in March"),
 * so that a figure does not take the date of the earlier happening its sentence explains it by.
 */
final class Clauses {
    private static final Set<String> HARD = Set.of(";", ":", "–", "—", "--");
    private static final Set<String> OPENERS = Set.of("which", "who", "whom", "whose", "where", "while", "whereas",
            "but", "according", "although", "though", "well", "after", "before", "because", "following", "despite",
            "when", "until");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where");

    private Clauses() {}

    /** [first, last] token indexes of the clause holding token {@code i}. */
    static int[] around(List<Token> tokens, int i) {
        int[] ids = ids(tokens);
        int from = i;
        while (from > 0 && ids[from - 1] == ids[i]) from--;
        int to = i;
        while (to + 1 < tokens.size() && ids[to + 1] == ids[i]) to++;
        return new int[] {from, to};
    }

    /**
     * A clause number for every token. A relative clause opened after a comma ("Org, who left
     * the company in 2024, testified ...") closes at the next comma, so the main clause after it
     * does not inherit its words.
     */
    private static int[] ids(List<Token> tokens) {
        int[] ids = new int[tokens.size()];
        int id = 0;
        boolean relative = false;
        for (int k = 1; k < tokens.size(); k++) {
            String prev = tokens.get(k - 1).word();
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (HARD.contains(prev)) {
                id++;
                relative = false;
            } else if (prev.equals(",") && OPENERS.contains(word)) {
                id++;
                relative = RELATIVES.contains(word);
            } else if (prev.equals(",") && relative) {
                id++;
                relative = false;
            }
            ids[k] = id;
        }
        return ids;
    }
}
