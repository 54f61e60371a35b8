package org.dossier.annotate.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name split into given name, middle names or initials, and surname, with honorifics
 * and titles ("President", "Mr.", "Dr.") and generational suffixes ("Jr.") set aside.
 *
 * @param given   the given name, or {@code null} for a surname alone
 * @param middles middle names or initials
 * @param surname the family name (for a single word, that word)
 */
public record PersonName(String given, List<String> middles, String surname) {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president",
            "prime", "minister", "general", "gen", "sen", "senator", "rep", "gov", "governor", "king", "queen",
            "pope", "rev", "lt", "col", "capt", "judge", "justice", "prince", "princess", "chancellor", "premier",
            "sheikh", "lord", "lady", "professor", "prof", "ambassador", "envoy", "secretary", "mayor", "colonel",
            "captain", "commander", "saint", "st", "vice", "opposition", "leader");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd");

    public PersonName {
        middles = List.copyOf(middles);
    }

    /** Parses a mention such as "President Aleksandr G. Lukashenko" or "Lukashenko's". */
    public static PersonName parse(String mention) {
        String cleaned = mention.replaceAll("['’]s$", "").replaceAll("['’]$", "").replace(",", " ").strip();
        List<String> words = new ArrayList<>(Arrays.asList(cleaned.split("\\s+")));
        while (words.size() > 1 && HONORIFICS.contains(bare(words.get(0)))) words.remove(0);
        while (words.size() > 1 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) words.remove(words.size() - 1);
        if (words.size() == 1) return new PersonName(null, List.of(), words.get(0));
        return new PersonName(words.get(0), words.subList(1, words.size() - 1), words.get(words.size() - 1));
    }

    private static String bare(String w) {
        return w.replace(".", "").toLowerCase(Locale.ROOT);
    }

    public boolean isFull() {
        return given != null;
    }

    /** True when both names can denote the same person: same surname, compatible given and middle names. */
    public boolean compatibleWith(PersonName other) {
        if (!NameKey.surname(surname).equals(NameKey.surname(other.surname))) return false;
        if (given != null && other.given != null && !NameKey.givenNamesAgree(given, other.given)) return false;
        if (!middles.isEmpty() && !other.middles.isEmpty()
                && !NameKey.givenNamesAgree(middles.get(0), other.middles.get(0))) return false;
        return true;
    }

    /** The name without honorifics, as written. */
    public String display() {
        StringBuilder sb = new StringBuilder();
        if (given != null) sb.append(given).append(' ');
        for (String m : middles) sb.append(m).append(' ');
        return sb.append(surname).toString();
    }
}
