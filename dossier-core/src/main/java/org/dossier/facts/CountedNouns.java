package org.dossier.facts;

import java.util.Locale;
import java.util.Map;
import org.dossier.event.Words;

/**
 * The thing a number counts, as a comparable key: the head noun of the counted phrase ("250
 * political prisoners" counts "prisoner"), with the everyday synonyms news writers alternate
 * between brought together ("houses" and "homes", "ships" and "vessels", "workers",
 * "employees", "people" and "residents": the action tells them apart). Some nouns also imply
 * the action: a "death toll" counts deaths, a "workforce" counts the people employed.
 */
final class CountedNouns {
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("people", "people"), Map.entry("person", "people"), Map.entry("resident", "people"),
            Map.entry("villager", "people"), Map.entry("inhabitant", "people"), Map.entry("civilian", "people"),
            Map.entry("worker", "people"), Map.entry("employee", "people"), Map.entry("staff", "people"),
            Map.entry("docker", "people"), Map.entry("workforce", "people"),
            Map.entry("home", "home"), Map.entry("house", "home"), Map.entry("dwelling", "home"),
            Map.entry("ship", "ship"), Map.entry("vessel", "ship"), Map.entry("boat", "ship"),
            Map.entry("hr", "hour"), Map.entry("yr", "year"), Map.entry("min", "minute"),
            Map.entry("toll", "people"));
    private static final Map<String, String> IMPLIED_ACTION = Map.of("toll", "death", "workforce", "employ");
    /** Nouns that stand for an earlier figure ("put the number at 2,600"), not for what is counted. */
    private static final java.util.Set<String> ANAPHORIC = java.util.Set.of("number", "figure", "total", "count", "tally");

    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("second", "minute", "hour", "day", "week",
            "month", "year");

    private CountedNouns() {}

    /** Whether the key is a unit of time: the figure is a duration, not a count of things. */
    static boolean isTime(String key) {
        return TIME_UNITS.contains(key) || TIME_UNITS.contains(key + "e");
    }

    /** The comparable key of a counted phrase ("dock workers" is "people"). */
    static String key(String counted) {
        String head = head(counted);
        String stem = Words.stem(head);
        String c = CLASSES.get(head);
        if (c == null) c = CLASSES.get(stem);
        return c != null ? c : stem;
    }

    /** The action a counted noun implies by itself ("toll": death), or null. */
    static String impliedAction(String counted) {
        return IMPLIED_ACTION.get(head(counted));
    }

    /** Whether the noun refers back to a figure given before ("the number"). */
    static boolean anaphoric(String noun) {
        return ANAPHORIC.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** Words that end a counted phrase: a headline's capitals make "Prisoners After Talks" look like one noun. */
    private static final java.util.Set<String> PHRASE_ENDS = java.util.Set.of("after", "amid", "as", "at", "before", "by",
            "for", "from", "in", "into", "on", "over", "to", "with", "without");

    private static String head(String counted) {
        String c = counted.toLowerCase(Locale.ROOT).strip();
        String[] words = c.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (PHRASE_ENDS.contains(words[i])) {
                c = String.join(" ", java.util.Arrays.copyOf(words, i));
                break;
            }
        }
        int sp = c.lastIndexOf(' ');
        return sp < 0 ? c : c.substring(sp + 1);
    }
}
