package org.dossier.source;

import java.util.Map;

/**
 * What is known about an input before its bytes are read: where it came from and what the carrier
 * said.
 *
 * @param url   the document's own URL (after redirects), or {@code null}
 * @param size  its size in bytes when known in advance, else {@code -1}
 * @param hints carrier metadata for the document, see {@link Hints}
 */
record Origin(String url, long size, Map<String, String> hints) {
    static final Origin UNKNOWN = new Origin(null, -1, Map.of());

    static Origin ofSize(long size) {
        return new Origin(null, size, Map.of());
    }

    /** This origin with the URL and hints of {@code outer} (a gzip wrapper keeps its carrier's word). */
    Origin withHints(Origin outer) {
        return new Origin(outer.url(), size, outer.hints());
    }
}
