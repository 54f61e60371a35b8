package org.dossier.source;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * A view of a stream that a reader may close without closing the stream beneath: standard input
 * must stay open for the process, a zip archive for its next entry.
 */
final class NonClosingInputStream extends FilterInputStream {
    NonClosingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // the owner of the underlying stream closes it
    }
}
