package org.dossier.formats.tika;

import java.util.ArrayList;
import java.util.List;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.parse.ParsedDocument;
import org.dossier.parse.MetadataCandidate;
import org.dossier.text.MappedText;

/**
 * Builds the raw text of a converted document and its blocks together: each block's text is
 * appended to the raw text (blocks separated by a blank line), so block offsets point into it.
 * For binary formats the extracted text layer is the raw input a citation can lead back to.
 */
public final class BlockCollector {
    private final StringBuilder raw = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();

    /** Adds a block unless its text is blank; trailing spaces of each line are dropped. */
    public void add(String text, BlockKind kind, String path) {
        String clean = text.replaceAll("[ \\t\\u00a0]+(?=\\n|$)", "").strip();
        if (clean.isEmpty()) return;
        if (raw.length() > 0) raw.append("\n\n");
        int start = raw.length();
        raw.append(clean);
        blocks.add(new Block(MappedText.identity(clean, start), kind, path, 0));
    }

    /**
     * Marks as {@link BlockKind#TITLE} the first of the leading {@code within} blocks whose text is
     * {@code title} (ignoring case and spacing), and says whether one was found: a declared title
     * that is also printed at the top of the document is the headline, not a file name.
     */
    public boolean confirmTitle(String title, int within) {
        if (title == null || title.isBlank()) return false;
        String wanted = normalize(title);
        for (int i = 0; i < Math.min(within, blocks.size()); i++) {
            Block b = blocks.get(i);
            if (normalize(b.text().text()).equals(wanted)) {
                blocks.set(i, new Block(b.text(), BlockKind.TITLE, b.path(), b.linkDensity()));
                return true;
            }
        }
        return false;
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public ParsedDocument build(List<MetadataCandidate> metadata) {
        return new ParsedDocument(raw.toString(), blocks, metadata);
    }
}
