package org.dossier.parse.html;

/** Word counting for density measures: a word is a maximal run of letters or digits. */
final class Words {
    private Words() {}

    static int count(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
