package org.dossier.parse;

import org.dossier.text.MappedText;

/**
 * A paragraph-like unit of a parsed document, the thing the cleaner keeps or drops.
 *
 * @param text        the block's text, mapped to the raw input
 * @param kind        its structural role
 * @param path        where it sat in the source structure (e.g. {@code body>article>p} for HTML,
 *                    {@code page:3} for PDF text), so corpus-level filters can spot template blocks
 * @param linkDensity fraction of the text inside links, 0 for formats without links
 */
public record Block(MappedText text, BlockKind kind, String path, double linkDensity) {
    public Block {
        if (path == null) path = "";
    }

    public static Block paragraph(MappedText text) {
        return new Block(text, BlockKind.PARAGRAPH, "", 0);
    }

    public Block withText(MappedText newText) {
        return new Block(newText, kind, path, linkDensity);
    }
}
