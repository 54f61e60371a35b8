package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/** Small shape tests on a block's text that several filters share. */
final class BlockText {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026][\"'\u201d\u2019)\\]*]*$");
    private static final Pattern INNER_SENTENCE_BREAK = Pattern.compile("[.!?][\"'\u201d\u2019)]*\\s+[\"'\u201c\u2018(]*[A-Z]");

    private BlockText() {}

    static String of(Block block) {
        return block.text().text().strip();
    }

    static int words(CharSequence text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }

    /** Ends like a finished sentence (terminal punctuation, maybe inside closing quotes). */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text.stripTrailing()).find();
    }

    /** Holds more than one sentence. */
    static boolean hasInnerSentenceBreak(String text) {
        return INNER_SENTENCE_BREAK.matcher(text).find();
    }

    /** How many times {@code pattern} occurs in {@code text}. */
    static int count(Pattern pattern, String text) {
        java.util.regex.Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static boolean isSingleLine(String text) {
        return text.indexOf('\n') < 0;
    }

    /** First letter or digit of the text is a lower-case letter or a digit: it continues something. */
    static boolean startsAsContinuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) return Character.isLowerCase(c) || Character.isDigit(c);
            if (c == '"' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[') return false;
        }
        return false;
    }
}
