package org.dossier.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dossier.json.DossierJson;

/** Loads the two extraction benchmarks from their published folder layouts. */
final class Benchmarks {
    private Benchmarks() {}

    /**
     * The article-extraction benchmark: {@code ground-truth.json} maps page ids to
     * {@code articleBody} and {@code url}; pages are {@code html/ID.html.gz}.
     */
    static List<BenchmarkPage> articleExtraction(Path dir) throws IOException {
        JsonNode truth = DossierJson.mapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<BenchmarkPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = firstExisting(dir.resolve("html"), e.getKey() + ".html");
            if (html == null) throw new IOException("page " + e.getKey() + " missing under " + dir.resolve("html"));
            pages.add(new BenchmarkPage(e.getKey(), text(e.getValue(), "url"), read(html),
                    text(e.getValue(), "articleBody"), List.of(), List.of()));
        }
        return pages;
    }

    /**
     * The trafilatura evaluation: {@code evaldata.json} maps URLs to a {@code file} and its
     * {@code with} / {@code without} segments; files sit in {@code cache/} or {@code eval/}.
     */
    static List<BenchmarkPage> trafilatura(Path dir) throws IOException {
        JsonNode data = DossierJson.mapper().readTree(dir.resolve("evaldata.json").toFile());
        List<BenchmarkPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = text(e.getValue(), "file");
            Path html = firstExisting(dir.resolve("cache"), file);
            if (html == null) html = firstExisting(dir.resolve("eval"), file);
            if (html == null) throw new IOException("page " + file + " missing under " + dir);
            pages.add(new BenchmarkPage(file, e.getKey(), read(html), null,
                    strings(e.getValue().get("with")), strings(e.getValue().get("without"))));
        }
        return pages;
    }

    /**
     * A stored extractor output ({@code output/NAME.json}): page id to {@code articleBody}, either at
     * the top level or under an {@code output} object.
     */
    static Map<String, String> storedOutput(Path file) throws IOException {
        JsonNode out = DossierJson.mapper().readTree(file.toFile());
        if (out.has("output") && out.get("output").isObject()) out = out.get("output");
        Map<String, String> bodies = new java.util.HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = out.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            bodies.put(e.getKey(), text(e.getValue(), "articleBody"));
        }
        return bodies;
    }

    private static Path firstExisting(Path dir, String name) {
        for (String candidate : new String[] {name + ".gz", name}) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private static byte[] read(Path p) throws IOException {
        if (!p.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(p);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
