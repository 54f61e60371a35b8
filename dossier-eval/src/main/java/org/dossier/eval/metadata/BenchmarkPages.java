package org.dossier.eval.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dossier.json.DossierJson;
import org.dossier.source.RawDocument;

/**
 * Third-party pages that carry metadata ground truth, read where they lie: the
 * trafilatura-eval set (title, author, date per page, mostly German) and the BBC news text
 * corpus (each file's first line is its headline; all English).
 */
final class BenchmarkPages {
    /** A page and its expected values; {@code null} where the benchmark records none. */
    record Page(RawDocument document, String title, List<String> authors, String date, String language) {}

    private BenchmarkPages() {}

    static List<Page> trafilatura(Path dir) throws IOException {
        JsonNode data = DossierJson.mapper().readTree(dir.resolve("evaldata.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.has("title") && !v.has("date") && !v.has("author")) continue;
            Path file = locate(dir, v.path("file").asText());
            if (file == null) continue;
            byte[] bytes = gunzipIfNeeded(file);
            RawDocument doc = new RawDocument(file.getFileName().toString(), "text/html", bytes, e.getKey(), Map.of());
            pages.add(new Page(doc, blankToNull(v.path("title").asText(null)),
                    FieldMatch.splitPeople(v.path("author").asText(null)), blankToNull(v.path("date").asText(null)), null));
        }
        return pages;
    }

    static List<Page> bbc(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                String title = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
                RawDocument doc = RawDocument.of(f.toString(), "text/plain", bytes);
                pages.add(new Page(doc, title, null, null, "en"));
            }
        }
        return pages;
    }

    private static Path locate(Path dir, String file) {
        for (String sub : new String[] {"eval", "cache", ""}) {
            for (String suffix : new String[] {".gz", ""}) {
                Path p = dir.resolve(sub).resolve(file + suffix);
                if (Files.isRegularFile(p)) return p;
            }
        }
        return null;
    }

    private static byte[] gunzipIfNeeded(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) return Files.readAllBytes(file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
