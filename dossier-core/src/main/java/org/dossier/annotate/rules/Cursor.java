package org.dossier.annotate.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A position in a token list with the small reads the quantity rules need. */
final class Cursor {
    private static final Pattern SUFFIXED = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(bn|tn|mln|m)");
    private final List<Token> tokens;
    int i;

    Cursor(List<Token> tokens, int i) {
        this.tokens = tokens;
        this.i = i;
    }

    String word() {
        return i < tokens.size() ? tokens.get(i).word() : "";
    }

    boolean is(String w) {
        return word().equalsIgnoreCase(w);
    }

    boolean peekIs(int ahead, String w) {
        return i + ahead < tokens.size() && tokens.get(i + ahead).word().equalsIgnoreCase(w);
    }

    /** "4.5bn", "2tn", and with money "72m": a number with its scale glued on. */
    private static Double suffixed(String w, boolean money) {
        Matcher m = SUFFIXED.matcher(w.toLowerCase(Locale.ROOT));
        if (!m.matches() || m.group(2).equals("m") && !money) return null;
        Double scale = m.group(2).equals("m") ? Double.valueOf(1e6) : NumberWords.scale(m.group(2));
        return scale == null ? null : Double.parseDouble(m.group(1).replace(",", "")) * scale;
    }

    private boolean hyphenFollows() {
        return i + 1 < tokens.size() && tokens.get(i + 1).word().equals("-")
                && tokens.get(i + 1).start() == tokens.get(i).end();
    }

    /**
     * Reads a number at the cursor ("9.5 million", "twenty-five", "two dozen", "dozens", "tens of
     * thousands", "a dozen") and advances past it; returns [low, high] or {@code null}.
     */
    double[] number() {
        return number(false);
    }

    /** As {@link #number()}; with {@code money}, a bare "m" suffix ("$72m") means million. */
    double[] number(boolean money) {
        int start = i;
        if ((is("a") || is("an")) && peekIs(1, "dozen")) {
            i += 2;
            return new double[] {12, 12};
        }
        if (is("a") && peekIs(1, "few")) {
            i += 2;
            return new double[] {2, 5};
        }
        if ((is("tens") || is("hundreds")) && peekIs(1, "of") && i + 2 < tokens.size()
                && NumberWords.vague(tokens.get(i + 2).word()) != null) {
            double factor = is("tens") ? 10 : 100;
            double magnitude = NumberWords.vague(tokens.get(i + 2).word())[0] / 2;  // thousands -> 1000
            i += 3;
            return new double[] {2 * factor * magnitude, 10 * factor * magnitude - 1};
        }
        double[] vague = NumberWords.vague(word());
        if (vague != null) {
            i++;
            return vague;
        }
        Double suffixed = suffixed(word(), money);
        if (suffixed != null) {
            i++;
            return new double[] {suffixed, suffixed};
        }
        // "one" is a pronoun as often as a number ("one of them", "one such case"); compounds such as
        // "one-time" or "five-year" are adjectives, not counts
        boolean number = i < tokens.size() && tokens.get(i).pos().equals("CD") && !is("one") && !hyphenFollows();
        Double v = number ? NumberWords.value(word()) : null;
        if (v == null) {
            i = start;
            return null;
        }
        i++;
        Double scale = NumberWords.scale(word());
        while (scale != null) {
            v *= scale;
            i++;
            scale = NumberWords.scale(word());
        }
        return new double[] {v, v};
    }
}
