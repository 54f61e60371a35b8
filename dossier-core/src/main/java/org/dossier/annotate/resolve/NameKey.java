package org.dossier.annotate.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Spelling-insensitive keys for names written in several romanizations ("Aleksandr" /
 * "Alexander", "Zelenskyy" / "Zelensky" / "Zelenskiy", "Sergei" / "Sergey").
 *
 * <p>Surnames keep their vowels and endings, because related people differ only there (a wife
 * "-skaya" and her husband "-ski" must stay apart); given names are compared on a consonant
 * skeleton plus the final vowel, because their romanizations vary more ("Aleksandr" /
 * "Alexander") while the final vowel still tells "Alexandra" from "Alexander".
 */
public final class NameKey {
    private NameKey() {}

    /** Lower case, accents removed, common romanization variants folded, doubled letters collapsed. */
    public static String surname(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        w = w.replace("x", "ks").replace("kh", "h").replace("ph", "f").replace("w", "v").replace("tch", "ch")
                .replace("ck", "k").replace("y", "i").replace("j", "i");
        w = w.replaceAll("(.)\\1+", "$1");
        return w;
    }

    /** First letter, the consonants after it, and a final vowel: "Aleksandr" and "Alexander" agree. */
    public static String givenName(String word) {
        String w = surname(word);
        if (w.length() <= 1) return w;
        String middle = w.substring(1, w.length() - 1).replaceAll("[aeiou]", "");
        char last = w.charAt(w.length() - 1);
        return w.charAt(0) + middle + last;
    }

    /** True when one given name could be the other or its initial ("G." and "Gennady"). */
    public static boolean givenNamesAgree(String a, String b) {
        String ka = surname(a);
        String kb = surname(b);
        if (ka.isEmpty() || kb.isEmpty()) return true;
        if (isInitial(a) || isInitial(b)) return ka.charAt(0) == kb.charAt(0);
        return givenName(a).equals(givenName(b));
    }

    /** "G", "G." */
    public static boolean isInitial(String word) {
        return word.replace(".", "").length() == 1;
    }
}
