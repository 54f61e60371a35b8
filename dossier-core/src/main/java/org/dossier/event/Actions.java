package org.dossier.event;

import java.util.Locale;
import java.util.Map;

/**
 * A small lexicon of the actions news reports count and date — deaths, releases, injuries,
 * arrests, evacuations, damage, strikes — that brings their inflections and everyday synonyms
 * together ("killed", "died", "dead" and "death toll" are one action). Events compare the actions
 * of their leads with it; facts use it to find the action that governs a figure.
 */
public final class Actions {
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("kill", "death"), Map.entry("die", "death"), Map.entry("dead", "death"),
            Map.entry("death", "death"), Map.entry("toll", "death"), Map.entry("bodi", "death"),
            Map.entry("body", "death"), Map.entry("fatalit", "death"),
            Map.entry("releas", "release"), Map.entry("free", "release"), Map.entry("fre", "release"),
            Map.entry("freed", "release"), Map.entry("pardon", "release"),
            Map.entry("injur", "injury"), Map.entry("injury", "injury"), Map.entry("wound", "injury"),
            Map.entry("hurt", "injury"), Map.entry("arrest", "arrest"), Map.entry("detain", "arrest"),
            Map.entry("evacuat", "evacuate"), Map.entry("miss", "missing"), Map.entry("missing", "missing"),
            Map.entry("destroy", "destroy"), Map.entry("damag", "destroy"), Map.entry("flatten", "destroy"),
            Map.entry("strik", "strike"), Map.entry("strike", "strike"), Map.entry("walk", "strike"));
    private Actions() {}

    /** The action group of a word ("killed" is "death"), or null when the word names none. */
    public static String group(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String g = GROUPS.get(w);
        return g != null ? g : GROUPS.get(Words.stem(w));
    }
}
