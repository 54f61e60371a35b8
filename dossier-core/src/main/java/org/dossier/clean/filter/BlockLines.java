package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.dossier.clean.TextEdits;
import org.dossier.parse.Block;
import org.dossier.text.MappedText;

/** The lines of a block, and the block with some of them removed (keeping the offset map). */
final class BlockLines {
    private BlockLines() {}

    /** [start, end) of each line of {@code text}, newline excluded. */
    static List<int[]> of(CharSequence text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return lines;
    }

    /** The block without the lines whose index {@code drop} accepts, or {@code null} when nothing is left. */
    static Block without(Block block, IntPredicate drop) {
        MappedText text = block.text();
        List<int[]> lines = of(text);
        TextEdits edits = new TextEdits(text);
        for (int i = 0; i < lines.size(); i++) {
            if (!drop.test(i)) continue;
            int[] l = lines.get(i);
            edits.delete(l[0], Math.min(text.length(), l[1] + 1));
        }
        if (edits.isEmpty()) return block;
        MappedText t = edits.apply().strip();
        return t.text().isBlank() ? null : block.withText(t);
    }
}
