package org.dossier.time;

/**
 * Tells time words that are part of a proper name ("the Sunday Times", "the Daily Mail",
 * "Monday Night Football") from time words proper, by capitalization around them.
 */
final class Names {
    private Names() {}

    /** Whether the word after {@code end} is capitalized and not a month (which would continue a date). */
    static boolean continuesName(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (i == end || i >= text.length() || !Character.isUpperCase(text.charAt(i))) return false;
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
        return Lexicon.month(text.substring(i, j)) == 0 || j - i > 9;
    }

    /** Whether a capitalized word at {@code start} stands mid-sentence, as words of a name do. */
    static boolean insideName(String text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) return false;
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\u201c')) i--;
        return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    }
}
