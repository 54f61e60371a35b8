package org.dossier.source;

import java.util.Map;

/**
 * One unit of input as it arrived, before any interpretation: its bytes, the media type detected
 * for them, and whatever the carrier said about them.
 *
 * <p>A file is one raw document; a container (directory, WARC file, JSON Lines export, feed) is
 * read into many. {@code hints} carries what the carrier knew: an HTTP {@code Content-Type}, a WARC
 * record's date and target URI, a feed item's publication date, a news-please record's fields.
 * Keys are the constants of {@link Hints}.
 *
 * @param source    the input as the user gave it (path or URL), plus {@code #fragment} for a
 *                  member of a container (a WARC record, a JSON line, a feed item)
 * @param mediaType the detected media type, e.g. {@code text/html}
 * @param content   the raw bytes (never {@code null}; may be empty)
 * @param url       the document's own URL when known, else {@code null}
 * @param hints     carrier metadata, see {@link Hints}
 */
public record RawDocument(String source, String mediaType, byte[] content, String url, Map<String, String> hints) {
    public RawDocument {
        hints = Map.copyOf(hints);
    }

    /** A document with no carrier metadata. */
    public static RawDocument of(String source, String mediaType, byte[] content) {
        return new RawDocument(source, mediaType, content, null, Map.of());
    }

    public String hint(String key) {
        return hints.get(key);
    }

    public RawDocument withMediaType(String type) {
        return new RawDocument(source, type, content, url, hints);
    }
}
