package org.dossier.meta;

import org.dossier.clean.CleanedText;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;

/** Chooses each metadata field from the parser's candidates, the carrier's hints and the text. */
@FunctionalInterface
public interface MetadataResolver {
    ArticleMetadata resolve(RawDocument document, ParsedDocument parsed, CleanedText cleaned);
}
