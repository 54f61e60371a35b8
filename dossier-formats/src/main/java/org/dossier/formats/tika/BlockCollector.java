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

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public ParsedDocument build(List<MetadataCandidate> metadata) {
        return new ParsedDocument(raw.toString(), blocks, metadata);
    }
}
