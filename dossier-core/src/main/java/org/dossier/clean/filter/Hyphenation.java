package org.dossier.clean.filter;

import java.util.Locale;
import org.dossier.clean.Lexicon;

/**
 * Decides what a hyphen at the end of a line was: a word broken by the typesetter ("govern-" +
 * "ment" joins to "government") or a real compound that happened to break there ("well-" +
 * "known" keeps its hyphen). Only a known word is joined: a wrong join invents a word, a kept
 * hyphen is merely visible.
 */
final class Hyphenation {
    private Hyphenation() {}

    /** The letters of the word fragment that ends just before {@code hyphenAt} in {@code text}. */
    static String fragmentBefore(CharSequence text, int hyphenAt) {
        int s = hyphenAt;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        return text.subSequence(s, hyphenAt).toString();
    }

    /** The letters of the word that starts at {@code from} in {@code text}. */
    static String fragmentAfter(CharSequence text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return text.subSequence(from, e).toString();
    }

    /** True when the two halves, joined without the hyphen, make a word the lexicon knows. */
    static boolean isBrokenWord(String before, String after, Lexicon lexicon) {
        if (before.isEmpty() || after.isEmpty() || !Character.isLowerCase(after.charAt(0))) return false;
        return lexicon.contains((before + after).toLowerCase(Locale.ROOT));
    }

    /** True when {@code text} ends with a letter followed by a single hyphen. */
    static boolean endsWithBreakHyphen(CharSequence text) {
        int n = text.length();
        return n >= 2 && (text.charAt(n - 1) == '-' || text.charAt(n - 1) == '\u2010')
                && Character.isLetter(text.charAt(n - 2));
    }
}
