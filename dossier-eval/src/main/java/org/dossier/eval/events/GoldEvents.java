package org.dossier.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gold file in the {@code dossier-gold-events/1} schema (see {@code gold/events/README.md}) with
 * the folder of article files it describes: which article reports which event, which events form
 * a storyline, each event's date, and the facts with the exact words that state each value.
 *
 * @param name   shown in reports
 * @param gold   the parsed file
 * @param folder where the article files are
 */
public record GoldEvents(String name, JsonNode gold, Path folder) {
    private static final String RESOURCE = "/gold/events/";

    /** The events gold corpus, copied out of the class path into a temporary folder to be read like any input. */
    public static GoldEvents corpus() throws IOException {
        JsonNode gold;
        try (InputStream in = GoldEvents.class.getResourceAsStream(RESOURCE + "gold.json")) {
            if (in == null) throw new IllegalStateException("gold/events/gold.json is not on the class path");
            gold = new ObjectMapper().readTree(in);
        }
        Path dir = Files.createTempDirectory("dossier-gold-events");
        dir.toFile().deleteOnExit();
        for (JsonNode a : gold.get("articles")) {
            String file = a.get("id").asText();
            try (InputStream in = GoldEvents.class.getResourceAsStream(RESOURCE + file)) {
                if (in == null) throw new IllegalStateException("missing gold article " + file);
                Path target = dir.resolve(file);
                Files.copy(in, target);
                target.toFile().deleteOnExit();
            }
        }
        return new GoldEvents("events gold", gold, dir);
    }

    /** The example corpus ({@code examples/story} with {@code examples/expected.json}), found from the working directory up. */
    public static Optional<GoldEvents> examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path expected = p.resolve("examples").resolve("expected.json");
            if (Files.isRegularFile(expected)) return Optional.of(read("examples", expected, expected.getParent().resolve("story")));
        }
        return Optional.empty();
    }

    public static GoldEvents read(String name, Path goldFile, Path folder) {
        try {
            return new GoldEvents(name, new ObjectMapper().readTree(goldFile.toFile()), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + goldFile, e);
        }
    }

    /** Gold article id to its event id (null for noise). */
    public Map<String, String> eventOf() {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode a : gold.get("articles")) out.put(a.get("id").asText(), a.path("event").isNull() ? null : a.path("event").asText(null));
        return out;
    }

    /** Event id to storyline id. */
    public Map<String, String> storylineOf() {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode s : gold.get("storylines")) for (JsonNode e : s.get("events")) out.put(e.asText(), s.get("id").asText());
        return out;
    }

    /** Event id to its gold date (ISO day, month or interval). */
    public Map<String, String> eventDates() {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode e : gold.get("events")) out.put(e.get("id").asText(), e.get("date").asText());
        return out;
    }

    /** Every gold fact of every event. */
    public List<GoldFact> facts() {
        List<GoldFact> out = new ArrayList<>();
        for (JsonNode e : gold.get("events")) {
            for (JsonNode f : e.get("facts")) {
                List<GoldFact.Value> values = new ArrayList<>();
                for (JsonNode v : f.get("values")) values.add(new GoldFact.Value(v.get("article").asText(), v.get("surface").asText(),
                        v.path("value").asText(v.get("surface").asText())));
                out.add(new GoldFact(e.get("id").asText(), f.get("slot").asText(), f.get("status").asText(), values));
            }
        }
        return out;
    }

    /** One gold fact: its slot, status, and where each value is stated. */
    public record GoldFact(String event, String slot, String status, List<Value> values) {
        /** One stated value: the article, the exact words, and the value as a person would write it. */
        public record Value(String article, String surface, String value) {}
    }
}
