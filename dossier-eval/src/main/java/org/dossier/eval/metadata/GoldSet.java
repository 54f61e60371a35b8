package org.dossier.eval.metadata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.json.DossierJson;

/**
 * The metadata gold set: small pages and text copies written for this project, each with the
 * metadata a careful reader would record. It ships inside the eval module (so the evaluation
 * runs anywhere) and can be replaced by a folder holding a {@code gold.json} of the same shape.
 */
final class GoldSet {
    private static final String RESOURCE_DIR = "/org/dossier/eval/metadata/gold/";

    /** One gold document: where its bytes are, what the carrier said, and the expected fields. */
    record Entry(String file, String mediaType, String url, Map<String, String> hints, Fields expected) {
        Entry {
            hints = hints == null ? Map.of() : Map.copyOf(hints);
        }
    }

    private final Path folder;
    private final List<Entry> entries;

    private GoldSet(Path folder, List<Entry> entries) {
        this.folder = folder;
        this.entries = List.copyOf(entries);
    }

    /** The built-in gold set. */
    static GoldSet builtIn() {
        try (InputStream in = GoldSet.class.getResourceAsStream(RESOURCE_DIR + "gold.json")) {
            if (in == null) throw new IllegalStateException("the built-in metadata gold set is missing");
            return new GoldSet(null, mapper().readValue(in, new TypeReference<List<Entry>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gold set in a folder: {@code gold.json} beside the documents it names. */
    static GoldSet inFolder(Path folder) throws IOException {
        return new GoldSet(folder, mapper().readValue(folder.resolve("gold.json").toFile(), new TypeReference<List<Entry>>() {}));
    }

    List<Entry> entries() {
        return entries;
    }

    byte[] bytes(Entry e) throws IOException {
        if (folder != null) return Files.readAllBytes(folder.resolve(e.file()));
        try (InputStream in = GoldSet.class.getResourceAsStream(RESOURCE_DIR + e.file())) {
            if (in == null) throw new IOException("gold document " + e.file() + " is missing");
            return in.readAllBytes();
        }
    }

    private static ObjectMapper mapper() {
        return DossierJson.mapper().copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
