package org.dossier.annotate.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares article text for a language toolkit without moving a single character: markup, URLs
 * and soft line wraps are overwritten with spaces, so every offset the toolkit reports is still an
 * offset into the article text and no map back is needed.
 *
 * <p>Why each step: statistical taggers read {@code **Name**} or {@code [Name](#)} as odd tokens
 * and miss the name; URLs full of digits get tagged as dates; a line wrapped mid-sentence (PDF
 * text) splits a name such as "United / States" when line breaks are sentence breaks. Conversely a
 * headline or byline without final punctuation must stay a sentence of its own, or it glues onto
 * the first sentence of the body. So after preparation every remaining line break is a real break
 * (the toolkit is told to split sentences there) and every other break has become a space.
 *
 * <pre>{@code
 * String forToolkit = ToolkitText.prepare(article.text());   // same length as the input
 * }</pre>
 */
public final class ToolkitText {
    private static final Pattern URL = Pattern.compile("<?(?:https?://|www\\.)[^\\s<>\"“”]+>?");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\[\\]\\n]*)]\\([^()\\s]*\\)");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>\\n]{0,200}>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|_{2,3}|`+");
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \\t]*(?:#{1,6}|>|[-*+•])[ \\t]+");
    private static final Pattern BRACKET = Pattern.compile("[\\[\\]]");
    /** A line ending that can close a sentence or a heading line. */
    private static final Pattern HARD_END = Pattern.compile("[.!?:;\"”’)\\]|]\\s*$");
    private static final int SOFT_WRAP_MIN_LINE = 40;

    private ToolkitText() {}

    /** The text with markup, URLs and soft wraps blanked; always the same length as {@code text}. */
    public static String prepare(String text) {
        char[] out = text.toCharArray();
        blank(out, TAG.matcher(text), 0);
        Matcher link = MD_LINK.matcher(text);
        while (link.find()) {
            fill(out, link.start(), link.start(1));
            fill(out, link.end(1), link.end());
        }
        blank(out, URL.matcher(text), 0);
        blank(out, LINE_MARKER.matcher(text), 0);
        String pass = new String(out);
        blank(out, EMPHASIS.matcher(pass), 0);
        blank(out, BRACKET.matcher(pass), 0);
        joinSoftWraps(out);
        return new String(out);
    }

    private static void blank(char[] out, Matcher m, int group) {
        while (m.find()) fill(out, m.start(group), m.end(group));
    }

    private static void fill(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n') out[i] = ' ';
        }
    }

    /**
     * Turns line breaks inside a sentence into spaces. A break is soft when the next line goes on
     * in lower case or with a digit, or when the line before is long, not title-like and does not
     * end like a sentence. Blank lines count as breaks too (text extractors insert them mid-sentence).
     */
    private static void joinSoftWraps(char[] out) {
        String s = new String(out);
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != '\n') {
                i++;
                continue;
            }
            int gapEnd = i;
            while (gapEnd < s.length() && Character.isWhitespace(s.charAt(gapEnd))) gapEnd++;
            int lineStart = s.lastIndexOf('\n', i - 1) + 1;
            String line = s.substring(lineStart, i).strip();
            if (gapEnd < s.length() && !line.isEmpty() && isSoft(line, s.charAt(gapEnd), s.substring(i, gapEnd))) {
                for (int k = i; k < gapEnd; k++) out[k] = ' ';
            }
            i = gapEnd;
        }
    }

    private static boolean isSoft(String line, char next, String gap) {
        if (HARD_END.matcher(line).find()) return false;
        boolean blankLine = gap.chars().filter(c -> c == '\n').count() > 1;
        if (Character.isLowerCase(next)) return true;
        if (blankLine) return Character.isDigit(next) && Character.isLowerCase(line.charAt(line.length() - 1));
        return line.length() >= SOFT_WRAP_MIN_LINE && !titleLike(line);
    }

    /** Most words capitalized, as in a headline or section heading. */
    static boolean titleLike(String line) {
        String[] words = line.split("\\s+");
        int caps = 0;
        int letters = 0;
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            letters++;
            if (Character.isUpperCase(w.charAt(0))) caps++;
        }
        return letters > 0 && caps * 10 >= letters * 7;
    }
}
