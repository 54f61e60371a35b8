package org.dossier.parse.html;

import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * Finds, for each character of a text node as jsoup decoded it, its offset in the raw page.
 *
 * <p>jsoup tracks where each text node starts and ends in the source. Inside a node the decoded
 * text equals the source except where character references ({@code &amp;}, {@code &#8217;}) or
 * carriage returns were rewritten; the two are walked side by side and a decoded reference maps
 * to the offset of its {@code &}. Offsets are therefore exact for plain text and land on the right
 * reference for entities.
 */
final class SourceMapper {
    private final String raw;

    SourceMapper(String raw) {
        this.raw = raw;
    }

    /**
     * Raw offsets of {@code text} (the node's whole text), written into {@code out}; returns
     * {@code false} when the node has no tracked position (then nothing is written).
     */
    boolean map(TextNode node, String text, int[] out) {
        Range range = node.sourceRange();
        if (!range.isTracked() || range.startPos() < 0) return false;
        int start = range.startPos();
        int end = Math.min(raw.length(), Math.max(start, range.endPos()));
        int j = start;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (j >= end) {
                out[i] = Math.max(start, end - 1);
                continue;
            }
            char r = raw.charAt(j);
            if (r == c) {
                out[i] = j++;
            } else if (r == '&') {
                out[i] = j;
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) out[++i] = j;
                j = afterReference(j, end);
            } else if (r == '\r') {
                j++;
                i--;
            } else {
                out[i] = j++;
            }
        }
        return true;
    }

    /** The offset just past the character reference starting at {@code amp}. */
    private int afterReference(int amp, int end) {
        int limit = Math.min(end, amp + 34);
        for (int k = amp + 1; k < limit; k++) {
            char ch = raw.charAt(k);
            if (ch == ';') return k + 1;
            if (!Character.isLetterOrDigit(ch) && ch != '#') return k;
        }
        return Math.min(end, amp + 1);
    }
}
