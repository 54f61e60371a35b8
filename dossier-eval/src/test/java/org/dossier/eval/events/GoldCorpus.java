package org.dossier.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * One hand-written gold file in the {@code dossier-gold-events/1} schema, with the folder of
 * articles it describes. Two exist: the events evaluation's corpus (a classpath resource) and the
 * example corpus's {@code examples/expected.json}, whose generated files (PDF, DOCX, damaged
 * copies...) are quoted from their hand-written sources in {@code examples/src/}.
 *
 * @param name          shown in test names
 * @param gold          the parsed gold file
 * @param articleFolder where the article files are
 * @param sourceFolder  where hand-written sources of generated articles are, or null
 * @param minArticles   how many articles the corpus promises at least
 * @param minStorylines how many storylines the corpus promises at least
 */
record GoldCorpus(String name, JsonNode gold, Path articleFolder, Path sourceFolder, int minArticles,
        int minStorylines) {

    static GoldCorpus eventsGold() {
        URL url = GoldCorpus.class.getResource("/gold/events/gold.json");
        if (url == null) throw new IllegalStateException("gold/events/gold.json is not on the classpath");
        try {
            Path file = Path.of(url.toURI());
            return new GoldCorpus("events gold", read(file), file.getParent(), null, 24, 4);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example corpus, found by walking up from the working directory to the checkout root. */
    static Optional<GoldCorpus> examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path expected = p.resolve("examples").resolve("expected.json");
            if (Files.isRegularFile(expected)) {
                Path examples = expected.getParent();
                return Optional.of(new GoldCorpus("examples", read(expected), examples.resolve("story"),
                        examples.resolve("src"), 8, 1));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }

    Map<String, JsonNode> articles() {
        return byId(gold.get("articles"));
    }

    Map<String, JsonNode> events() {
        return byId(gold.get("events"));
    }

    Map<String, JsonNode> storylines() {
        return byId(gold.get("storylines"));
    }

    /** File names in the article folder (a feed holding several articles counts once). */
    Set<String> filesOnDisk() {
        try (Stream<Path> list = Files.list(articleFolder)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("gold.json") && !n.equals("README.md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file an article id names: {@code feed.xml#2} is the second item of {@code feed.xml}. */
    static String fileOf(String articleId) {
        int hash = articleId.indexOf('#');
        return hash < 0 ? articleId : articleId.substring(0, hash);
    }

    /** The readable text an article's surfaces are quoted from: its hand-written source if generated. */
    String text(String articleId) {
        String file = fileOf(articleId);
        Path path = articleFolder.resolve(file);
        if (sourceFolder != null) {
            String stem = file.substring(0, file.indexOf('.'));
            try (Stream<Path> sources = Files.list(sourceFolder)) {
                Optional<Path> source = sources
                        .filter(p -> p.getFileName().toString().startsWith(stem + "."))
                        .filter(p -> !p.getFileName().toString().endsWith(".py"))
                        .findFirst();
                if (source.isPresent()) path = source.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The headline: an HTML page's h1, else the first non-blank line. */
    String headline(String articleId) {
        String raw = text(articleId);
        if (fileOf(articleId).endsWith(".html")) return Jsoup.parse(raw).select("h1").text();
        return raw.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    }

    /** Every quoted surface in the file, with where the gold cites it. */
    List<Citation> citations() {
        List<Citation> all = new ArrayList<>();
        for (JsonNode e : gold.get("events")) {
            String id = e.get("id").asText();
            for (JsonNode f : e.get("facts")) f.get("values").forEach(v -> all.add(Citation.of(id + " fact", v)));
            for (JsonNode r : e.path("refers_to")) r.get("mentions").forEach(m -> all.add(Citation.of(id + " refers_to", m)));
        }
        for (JsonNode s : gold.get("storylines")) {
            String id = s.get("id").asText();
            for (JsonNode b : s.get("background")) b.get("mentions").forEach(m -> all.add(Citation.of(id + " background", m)));
        }
        gold.path("quotes").forEach(q -> all.add(Citation.of("quote", q)));
        gold.path("not_quotes").forEach(q -> all.add(Citation.of("not a quote", q)));
        return all;
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode node : array) {
            String id = node.get("id").asText();
            if (map.put(id, node) != null) throw new IllegalStateException("duplicate id " + id);
        }
        return map;
    }

    /** One quoted surface string and where the gold file cites it. */
    record Citation(String context, String article, String surface) {
        static Citation of(String context, JsonNode node) {
            return new Citation(context, node.get("article").asText(), node.get("surface").asText());
        }

        @Override
        public String toString() {
            return context + " " + article + " \"" + surface + "\"";
        }
    }
}
