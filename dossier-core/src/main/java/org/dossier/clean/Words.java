package org.dossier.clean;

/**
 * The one tokenization the cleaner and repairs share: a word is a maximal run of letters, with
 * inner apostrophes kept ("don't", "Belarus'" ends at the letter).
 */
public final class Words {
    private Words() {}

    /** Receives the [start, end) of each word. */
    @FunctionalInterface
    public interface Visitor {
        void word(int start, int end);
    }

    public static void forEach(CharSequence text, Visitor visitor) {
        int n = text.length(), i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i))
                    || (isApostrophe(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            visitor.word(s, i);
        }
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
