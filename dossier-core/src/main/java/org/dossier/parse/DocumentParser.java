package org.dossier.parse;

import java.util.Set;
import org.dossier.source.RawDocument;

/**
 * Turns one raw document of a known media type into blocks and metadata candidates.
 *
 * <p>Modeled on Tika's {@code Parser}: implementations declare the media types they take and are
 * found through {@link java.util.ServiceLoader}, so heavy formats live in their own module.
 */
public interface DocumentParser {
    /** Media types this parser takes, e.g. {@code text/html}. */
    Set<String> mediaTypes();

    /**
     * Parses the document.
     *
     * @throws ParseException with a short human reason when the document cannot be read
     */
    ParsedDocument parse(RawDocument document) throws ParseException;
}
