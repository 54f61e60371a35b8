package org.dossier.parse;

import java.util.List;

/**
 * A document after parsing: its decoded raw text, the blocks found in it, and metadata candidates.
 *
 * @param rawText  the decoded raw input that block offsets point into (for binary formats such as
 *                 PDF, the text layer as extracted)
 * @param blocks   candidate body blocks in reading order (a parser may already have removed
 *                 obvious template parts, such as HTML navigation)
 * @param metadata every metadata value the parser saw, unresolved
 */
public record ParsedDocument(String rawText, List<Block> blocks, List<MetadataCandidate> metadata) {
    public ParsedDocument {
        blocks = List.copyOf(blocks);
        metadata = List.copyOf(metadata);
    }
}
