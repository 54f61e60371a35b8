package org.dossier.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.rules.Token;

/**
 * Words that mark a figure as a revision of an earlier one: "rose to 31", "raising the number to
 * six", "bringing the death toll to eight", "are still missing", "less than in the preliminary
 * count". A later report that differs from an earlier one is an update only when it says so;
 * two authorities giving different counts on different days is a conflict, not an update.
 */
final class RevisionCues {
    private static final Set<String> CUES = Set.of("rose", "risen", "rising", "rises", "raising", "bringing", "brought",
            "climbed", "climbing", "increased", "jumped", "fell", "fallen", "dropped", "revised", "updated", "corrected",
            "still", "now", "preliminary", "official", "final", "finished");

    private RevisionCues() {}

    /** Whether the tokens from {@code from} to {@code to} (inclusive) carry a revision cue. */
    static boolean within(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < tokens.size(); k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (CUES.contains(w)) return true;
        }
        return false;
    }
}
