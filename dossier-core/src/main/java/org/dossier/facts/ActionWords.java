package org.dossier.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.rules.Token;
import org.dossier.event.Actions;
import org.dossier.event.Words;

/**
 * The action a clause reports about a figure, read from its words: what was done ("killed",
 * "evacuated", "destroyed") or asked, offered, ordered, won. Inflections and everyday synonyms of
 * one action come together ("asking", "wants", "sought" are one demand; "jailed" and "sentenced"
 * one sentence; a council that "approved" a sum and one that "voted" it took one decision), so that two reports of one figure in different words land in one slot, while
 * the union's demand and the company's offer, both percentages, stay apart.
 */
final class ActionWords {
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("want", "demand"), Map.entry("ask", "demand"), Map.entry("seek", "demand"),
            Map.entry("sought", "demand"), Map.entry("demand", "demand"),
            Map.entry("offer", "offer"),
            Map.entry("sentenc", "sentence"), Map.entry("jail", "sentence"), Map.entry("prison", "sentence"),
            Map.entry("imprison", "sentence"),
            Map.entry("vote", "vote"), Map.entry("vot", "vote"), Map.entry("voter", "vote"), Map.entry("ballot", "vote"),
            Map.entry("employ", "employ"), Map.entry("workforce", "employ"),
            Map.entry("approv", "vote"), Map.entry("pay", "pay"), Map.entry("paid", "pay"), Map.entry("compensation", "pay"),
            Map.entry("lost", "loss"), Map.entry("lose", "loss"), Map.entry("loss", "loss"), Map.entry("losses", "loss"), Map.entry("cut", "loss"),
            Map.entry("cost", "cost"),
            Map.entry("testify", "testify"), Map.entry("testimony", "testify"),
            Map.entry("stoppage", "strike"), Map.entry("walkout", "strike"),
            Map.entry("died", "death"), Map.entry("dies", "death"), Map.entry("dying", "death"),
            Map.entry("evacue", "evacuate"));
    /** Verbs that name the action only together with their object: "stopped work" is a strike. */
    private static final Map<String, String> WITH_OBJECT = Map.of("stop work", "strike", "down tool", "strike");
    /** Words that name their action only as a verb: "to pay 5 million", not "a pay rise". */
    private static final Set<String> VERB_ONLY = Set.of("pay");
    private static final Set<String> VERB_MARKERS = Set.of("to", "will", "would", "must", "should", "can", "could", "may");

    private ActionWords() {}

    /** The action group of the token at {@code i}, or null when it names none. */
    static String group(List<Token> tokens, int i) {
        String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (i + 1 < tokens.size()) {
            String pair = Words.stem(w) + " " + Words.stem(tokens.get(i + 1).word());
            String g = WITH_OBJECT.get(pair);
            if (g != null) return g;
        }
        String g = group(w);
        if (g != null && VERB_ONLY.contains(w) && (i == 0 || !VERB_MARKERS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return g;
    }

    /** The action group of one word ("killed" is "death"), or null. */
    static String group(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String g = GROUPS.get(w);
        if (g == null) g = GROUPS.get(Words.stem(w));
        if (g == null) g = Actions.group(w);
        return g != null ? g : Actions.group(Words.stem(w));   // "releases": stem "release", then "releas"
    }
}
