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
            int close = -1;
            if (c == '“' || c == '„') close = text.indexOf('”', i + 1);
            else if (c == '«') close = text.indexOf('»', i + 1);
            else if (c == '"') close = text.indexOf('"', i + 1);
            else if (c == '‘' && opensSingle(text, i)) close = closingSingle(text, i + 1, to);
            if (close > i && close < to && !text.substring(i, close).contains("\n\n")) {
                out.add(new Span(i, close + 1));
                i = close + 1;
            } else {
                i++;
            }
        }
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
