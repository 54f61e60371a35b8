package org.dossier.annotate.rules;

import java.util.ArrayList;
import java.util.List;
import org.dossier.text.Span;

/**
 * Finds quoted stretches by their marks: curly and straight double quotes, guillemets, and curly
 * single quotes where they cannot be apostrophes. Quotes never run across a paragraph break; an
 * unclosed mark is ignored rather than swallowing the rest of the article.
 */
public final class QuoteMarks {
    private QuoteMarks() {}

    /** Spans of quoted stretches, marks included, in text order. */
    public static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int end = text.indexOf("\n\n", paragraphStart);
            int next = end < 0 ? text.length() : end + 2;
            if (end < 0) end = text.length();
            findIn(text, paragraphStart, end, out);
            paragraphStart = next;
        }
        return out;
    }

    private static void findIn(String text, int from, int to, List<Span> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '"') {
                i = straight(text, i, to, out);
                continue;
            }
            int close = -1;
            if (c == '“' || c == '„') close = text.indexOf('”', i + 1);
            else if (c == '«') close = text.indexOf('»', i + 1);
            else if (c == '‘' && opensSingle(text, i)) close = closingSingle(text, i + 1, to);
            if (close > i && close < to) {
                out.add(new Span(i, close + 1));
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    /**
     * Straight quotes carry no direction, so each mark is judged by its neighbours: space before and
     * a word after opens, a word before and space after closes. An opening mark met while a quote
     * is still open means the writer dropped a closing mark: the first quote ends there. A quote
     * left open at the end of its paragraph runs to that end (the convention for quotes that go on
     * in the next paragraph). Returns where to continue.
     */
    private static int straight(String text, int i, int to, List<Span> out) {
        if (direction(text, i) < 0) return i + 1;   // a stray closing mark
        for (int j = i + 1; j < to; j++) {
            if (text.charAt(j) != '"') continue;
            if (direction(text, j) > 0) {
                addTrimmed(text, i, j, out);
                return j;
            }
            out.add(new Span(i, j + 1));
            return j + 1;
        }
        addTrimmed(text, i, to, out);
        return to;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start + 1) out.add(new Span(start, end));
    }

    /** +1 for a mark that looks like an opening, -1 for a closing, 0 when it cannot tell. */
    private static int direction(String text, int i) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([:—–".indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ".,;:!?)]".indexOf(text.charAt(i + 1)) >= 0;
        if (spaceBefore && !spaceAfter) return 1;
        if (!spaceBefore && spaceAfter) return -1;
        return 0;
    }

    /** True when the quote at {@code q} has no closing mark (it runs on into the next paragraph or was cut). */
    public static boolean isOpenEnded(String text, Span q) {
        char last = text.charAt(q.end() - 1);
        return q.length() < 2 || "\"”»’".indexOf(last) < 0;
    }

    private static boolean opensSingle(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([:—–-".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** A ’ followed by a non-letter closes; one inside a word ("don’t") is an apostrophe. */
    private static int closingSingle(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') return -1;
            if (c == '’' && (k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1)))) return k;
        }
        return -1;
    }
}
