package org.dossier.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A store that lives as long as the process: for one-off analyses and tests. */
public final class InMemorySignatureStore implements SignatureStore {
    private final List<DedupEntry> entries = new ArrayList<>();

    @Override
    public void forEach(Consumer<DedupEntry> out) {
        entries.forEach(out);
    }

    @Override
    public void append(DedupEntry entry) {
        entries.add(entry);
    }

    @Override
    public void commit() {}

    @Override
    public void close() {}
}
