package org.dossier.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.rules.Token;

/**
 * Words that make a figure a running total over a period rather than a figure of the event
 * itself: "has released dozens of prisoners in recent months", "since the summer", "over the past
 * two years", "so far this year". Such a figure does not compete with the event's own count.
 */
final class Cumulative {
    private static final Set<String> PERIOD_NOUNS = Set.of("days", "weeks", "months", "years", "decades");
    private static final Set<String> PERIOD_OPENERS = Set.of("recent", "past", "last", "previous");

    private Cumulative() {}

    /** Whether tokens {@code from} to {@code to} (inclusive) put the figure over a period. */
    static boolean within(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < tokens.size(); k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("since")) return true;
            if (w.equals("so") && k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("far")) return true;
            if (PERIOD_OPENERS.contains(w)) {
                for (int j = k + 1; j <= Math.min(to, k + 3); j++) {
                    if (PERIOD_NOUNS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) return true;
                }
            }
        }
        return false;
    }
}
