package org.dossier.eval.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The texts the speed benchmarks run over: every Reuters-21578 and BBC story, loaded once. */
final class SpeedCorpus {
    /** System property naming the corpora folder (the forked benchmark JVM reads it). */
    static final String PROPERTY = "dossier.corpora";

    private SpeedCorpus() {}

    static List<String> texts() {
        Path dir = Path.of(System.getProperty(PROPERTY, "../shared/corpora"));
        try {
            List<String> out = new ArrayList<>();
            CorpusReader.reuters(dir.resolve("reuters21578")).forEach(d -> out.add(d.text()));
            CorpusReader.bbc(dir.resolve("bbc")).forEach(d -> out.add(d.text()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
