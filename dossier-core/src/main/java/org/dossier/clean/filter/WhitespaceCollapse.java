package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.clean.TextEdits;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.text.MappedText;

/**
 * The last step: inside a prose block every run of whitespace becomes one space (after reflow a
 * newline inside a paragraph means nothing), and the block is trimmed. Preformatted text, tables
 * and lists keep their lines.
 */
public final class WhitespaceCollapse implements BlockFilter {
    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            boolean keepLines = b.kind() == BlockKind.PREFORMATTED || b.kind() == BlockKind.TABLE
                    || b.kind() == BlockKind.LIST_ITEM;
            MappedText t = (keepLines ? b.text() : collapse(b.text())).strip();
            if (t.length() > 0) out.add(t.equals(b.text()) ? b : b.withText(t));
        }
        return out;
    }

    static MappedText collapse(MappedText text) {
        String s = text.text();
        TextEdits edits = new TextEdits(text);
        for (int i = 0; i < s.length(); ) {
            if (!Character.isWhitespace(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
            if (j - i > 1 || s.charAt(i) != ' ') edits.replace(i, j, " ");
            i = j;
        }
        return edits.apply();
    }
}
