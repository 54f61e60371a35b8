package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.clean.TextEdits;
import org.dossier.parse.Block;
import org.dossier.text.MappedText;

/**
 * Normalizes the characters that make equal text look different: no-break and other odd spaces
 * become plain spaces, zero-width characters, byte-order marks and soft hyphens go, line and
 * paragraph separators and carriage returns become newlines, typographic ligatures from PDF text
 * are spelled out, runs of spaces become one and trailing spaces go.
 *
 * <p>It keeps what carries meaning: curly quotes and dashes stay as they are, one leading space of
 * an indented line stays (line reflow reads indentation as a paragraph start), and C1 control
 * characters stay for the mojibake repair, to which they are evidence of Latin-1 decoding.
 * Blocks left empty are dropped.
 */
public final class UnicodeNormalizer implements BlockFilter {
    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            MappedText t = normalize(b.text());
            if (t.text().isBlank()) continue;
            out.add(t == b.text() ? b : b.withText(t));
        }
        return out;
    }

    static MappedText normalize(MappedText text) {
        TextEdits edits = new TextEdits(text);
        String s = text.text();
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < n && isSpace(s.charAt(j))) j++;
                boolean lineEnd = j == n || s.charAt(j) == '\n' || s.charAt(j) == '\r';
                if (lineEnd) edits.delete(i, j);
                else if (j - i > 1 || c != ' ') edits.replace(i, j, " ");
                i = j;
                continue;
            }
            String replacement = replacement(c);
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') replacement = "";
            if (replacement != null) edits.replace(i, i + 1, replacement);
            i++;
        }
        return edits.apply();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** What {@code c} becomes, or {@code null} to keep it. */
    private static String replacement(char c) {
        switch (c) {
            case '\u200B': case '\u2060': case '\uFEFF': case '\u00AD':
                return "";
            case '\r': case '\u2028':
                return "\n";
            case '\u2029':
                return "\n\n";
            case '\uFB00': return "ff";
            case '\uFB01': return "fi";
            case '\uFB02': return "fl";
            case '\uFB03': return "ffi";
            case '\uFB04': return "ffl";
            case '\uFB05': case '\uFB06': return "st";
            default:
                return c < 0x20 && c != '\n' ? "" : null;
        }
    }
}
