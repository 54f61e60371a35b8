package org.dossier.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where signatures live between runs, so that articles added later are compared with stored ones
 * without recomputing them. Append-only: an entry, once committed, is never rewritten.
 *
 * <p>Lifecycle: open, {@link #forEach} to replay what is stored, {@link #append} new entries,
 * {@link #commit} to make them durable, {@link #close} (which commits).
 */
public interface SignatureStore extends Closeable {

    /**
     * The entries to replay, in the order appended: for a file store, everything committed before
     * it was opened; for an in-memory store, everything appended.
     */
    void forEach(Consumer<DedupEntry> out) throws IOException;

    /** Appends an entry; durable after the next {@link #commit}. */
    void append(DedupEntry entry) throws IOException;

    /** Makes every appended entry durable. */
    void commit() throws IOException;
}
