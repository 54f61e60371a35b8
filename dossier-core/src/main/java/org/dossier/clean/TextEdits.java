package org.dossier.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.text.MappedText;

/**
 * A batch of replacements over one {@link MappedText}, applied in a single pass.
 *
 * <p>Filters and repairs collect their edits here instead of calling
 * {@link MappedText#replace} once per edit: one pass keeps a page with thousands of odd spaces
 * linear, and every kept character keeps its raw offset. Replacement characters map onto the raw
 * region they replace, spread evenly so spans stay ordered. Edits must not overlap.
 */
public final class TextEdits {
    private record Edit(int start, int end, String replacement) {}

    private final MappedText text;
    private final List<Edit> edits = new ArrayList<>();

    public TextEdits(MappedText text) {
        this.text = text;
    }

    /** Replaces [start, end) with {@code replacement} (empty to delete). */
    public TextEdits replace(int start, int end, String replacement) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("bad edit [" + start + "," + end + ") of " + text.length());
        }
        edits.add(new Edit(start, end, replacement));
        return this;
    }

    public TextEdits delete(int start, int end) {
        return replace(start, end, "");
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    public int size() {
        return edits.size();
    }

    /** The edited text; the original when there are no edits. */
    public MappedText apply() {
        if (edits.isEmpty()) return text;
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(text.length());
        int[] raw = text.rawOffsets();
        int[] map = new int[text.length() + 1 + extraLength(sorted)];
        int pos = 0, n = 0;
        for (Edit e : sorted) {
            if (e.start < pos) throw new IllegalStateException("overlapping edits at " + e.start);
            for (; pos < e.start; pos++, n++) {
                out.append(text.charAt(pos));
                map[n] = raw[pos];
            }
            int from = raw[e.start];
            int to = e.end > e.start ? raw[e.end - 1] + 1 : from;
            int len = e.replacement.length();
            for (int i = 0; i < len; i++, n++) {
                out.append(e.replacement.charAt(i));
                map[n] = from + (int) ((long) (to - from) * i / len);
            }
            pos = e.end;
        }
        for (; pos < text.length(); pos++, n++) {
            out.append(text.charAt(pos));
            map[n] = raw[pos];
        }
        map[n] = raw[text.length()];
        int[] exact = new int[n + 1];
        System.arraycopy(map, 0, exact, 0, n + 1);
        return MappedText.of(out.toString(), exact);
    }

    private static int extraLength(List<Edit> edits) {
        int extra = 0;
        for (Edit e : edits) extra += Math.max(0, e.replacement.length() - (e.end - e.start));
        return extra;
    }
}
