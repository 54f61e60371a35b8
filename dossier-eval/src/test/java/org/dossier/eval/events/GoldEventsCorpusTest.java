package org.dossier.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the hand-written events gold corpus honest. The evaluation scores an engine against
 * {@code gold/events/gold.json}; a surface string that occurs twice, a dangling id or a status that
 * contradicts its own values would silently mis-score every run, so each is checked here.
 */
class GoldEventsCorpusTest {
    private static final Set<String> STATUSES =
            Set.of("agree", "compatible", "conflict", "updated", "headline_mismatch", "single");
    private static final Set<String> RELATIONS = Set.of("syndicated", "contained", "near", "exact");

    private static Path folder;
    private static JsonNode gold;
    private static Map<String, JsonNode> articles;
    private static Map<String, JsonNode> events;
    private static Map<String, JsonNode> storylines;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        URL url = GoldEventsCorpusTest.class.getResource("/gold/events/gold.json");
        assertNotNull(url, "gold/events/gold.json is not on the classpath");
        Path goldFile = Path.of(url.toURI());
        folder = goldFile.getParent();
        gold = new ObjectMapper().readTree(goldFile.toFile());
        articles = byId(gold.get("articles"));
        events = byId(gold.get("events"));
        storylines = byId(gold.get("storylines"));
    }

    @Test
    void everyArticleFileIsListedAndEveryListedFileExists() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("gold.json") && !name.equals("README.md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(articles.keySet()));
        assertTrue(articles.size() >= 24, "at least 24 articles");
        assertTrue(storylines.size() >= 4, "at least 4 storylines");
    }

    @Test
    void everySurfaceOccursExactlyOnceInItsArticle() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Citation c : allCitations()) {
            String raw = rawText(c.article());
            check(problems, c, "file", raw);
            if (c.article().endsWith(".html")) check(problems, c, "body text", Jsoup.parse(raw).body().text());
            if (c.surface().contains("\n")) problems.add(c + ": surface crosses a line break");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void referencesResolve() {
        for (JsonNode a : articles.values()) {
            String id = a.get("id").asText();
            JsonNode event = a.get("event");
            assertTrue(event.isNull() || events.containsKey(event.asText()), id + ": unknown event " + event);
            assertTrue(a.get("event").isNull() == "noise".equals(a.get("role").asText()),
                    id + ": noise articles, and only they, have no event");
            for (String field : List.of("published", "published_expected")) {
                if (!a.get(field).isNull()) assertIsoDate(id + "." + field, a.get(field).asText());
            }
        }
        for (JsonNode e : events.values()) {
            String id = e.get("id").asText();
            assertTrue(storylines.containsKey(e.get("storyline").asText()), id + ": unknown storyline");
            assertIsoDate(id + ".date", e.get("date").asText());
            for (JsonNode r : e.path("refers_to")) {
                JsonNode earlier = events.get(r.get("event").asText());
                assertNotNull(earlier, id + ": refers to an unknown event");
                assertEquals(e.get("storyline"), earlier.get("storyline"), id + ": back-reference leaves the storyline");
            }
        }
        for (Citation c : allCitations()) assertTrue(articles.containsKey(c.article()), c + ": unknown article");
    }

    @Test
    void storylinesListTheirEventsInTimeOrder() {
        for (JsonNode s : storylines.values()) {
            String id = s.get("id").asText();
            List<String> listed = new ArrayList<>();
            s.get("events").forEach(e -> listed.add(e.asText()));
            Set<String> owned = events.values().stream()
                    .filter(e -> e.get("storyline").asText().equals(id))
                    .map(e -> e.get("id").asText()).collect(Collectors.toSet());
            assertEquals(owned, new HashSet<>(listed), id + ": events[] must list exactly its events");
            for (int i = 1; i < listed.size(); i++) {
                LocalDate before = startOf(events.get(listed.get(i - 1)).get("date").asText());
                LocalDate after = startOf(events.get(listed.get(i)).get("date").asText());
                assertTrue(before.isBefore(after), id + ": events out of time order at " + listed.get(i));
            }
            for (JsonNode b : s.get("background")) assertIsoDate(id + " background", b.get("date").asText());
        }
    }

    @Test
    void duplicateGroupsAreConsistent() {
        Set<String> grouped = new HashSet<>();
        for (JsonNode g : gold.get("duplicate_groups")) {
            String id = g.get("id").asText();
            assertTrue(RELATIONS.contains(g.get("relation").asText()), id + ": unknown relation");
            Set<String> members = new HashSet<>();
            g.get("members").forEach(m -> members.add(m.asText()));
            assertTrue(members.size() >= 2, id + ": a group has at least two members");
            assertTrue(members.contains(g.get("canonical").asText()), id + ": canonical is not a member");
            Set<String> eventsOfMembers = new HashSet<>();
            for (String m : members) {
                JsonNode a = articles.get(m);
                assertNotNull(a, id + ": unknown member " + m);
                assertEquals(id, a.get("duplicate_group").asText(null), m + ": duplicate_group does not point back");
                eventsOfMembers.add(a.get("event").asText(null));
                assertTrue(grouped.add(m), m + ": in two duplicate groups");
            }
            assertEquals(1, eventsOfMembers.size(), id + ": copies must share one event");
        }
        for (JsonNode a : articles.values()) {
            if (!a.get("duplicate_group").isNull()) {
                assertTrue(grouped.contains(a.get("id").asText()), a.get("id").asText() + ": group lists it not");
            }
        }
    }

    @Test
    void factStatusesAgreeWithTheirValues() {
        for (JsonNode e : events.values()) {
            for (JsonNode f : e.get("facts")) {
                String where = e.get("id").asText() + " / " + f.get("slot").asText() + " / " + f.get("status").asText();
                String status = f.get("status").asText();
                assertTrue(STATUSES.contains(status), where + ": unknown status");
                List<JsonNode> values = new ArrayList<>();
                f.get("values").forEach(values::add);
                assertFalse(values.isEmpty(), where + ": no values");
                for (JsonNode v : values) {
                    JsonNode owner = events.get(articles.get(v.get("article").asText()).path("event").asText());
                    assertNotNull(owner, where + ": value cited from a noise article");
                    assertEquals(e.get("storyline"), owner.get("storyline"), where + ": value from another storyline");
                }
                Set<JsonNode> distinct = values.stream().map(v -> v.get("normalized")).collect(Collectors.toSet());
                int sources = independentSources(values);
                switch (status) {
                    case "single" -> assertEquals(1, sources, where + ": single needs exactly one independent source");
                    case "agree" -> {
                        assertTrue(sources >= 2, where + ": needs two independent sources");
                        assertEquals(1, distinct.size(), where + ": agreeing values differ");
                    }
                    case "compatible", "conflict" -> {
                        assertTrue(sources >= 2, where + ": needs two independent sources");
                        assertTrue(distinct.size() >= 2, where + ": values do not differ");
                    }
                    case "updated" -> checkUpdated(where, values);
                    case "headline_mismatch" -> checkHeadlineMismatch(where, values);
                    default -> throw new AssertionError(where);
                }
            }
        }
    }

    private static void checkUpdated(String where, List<JsonNode> values) {
        for (JsonNode v : values) assertTrue(v.hasNonNull("reported"), where + ": value without reported date");
        JsonNode earliest = values.stream().min((a, b) -> reported(a).compareTo(reported(b))).orElseThrow();
        JsonNode latest = values.stream().max((a, b) -> reported(a).compareTo(reported(b))).orElseThrow();
        assertTrue(reported(earliest).isBefore(reported(latest)), where + ": all reported on one day");
        assertFalse(earliest.get("normalized").equals(latest.get("normalized")), where + ": nothing was revised");
    }

    private static void checkHeadlineMismatch(String where, List<JsonNode> values) {
        Set<String> inArticles = values.stream().map(v -> v.get("article").asText()).collect(Collectors.toSet());
        assertEquals(1, inArticles.size(), where + ": a headline mismatch lies within one article");
        long headlines = values.stream().filter(v -> "headline".equals(v.path("where").asText())).count();
        long bodies = values.stream().filter(v -> "body".equals(v.path("where").asText())).count();
        assertEquals(1, headlines, where + ": exactly one headline value");
        assertTrue(bodies >= 1, where + ": at least one body value");
        String article = inArticles.iterator().next();
        String headline = headlineOf(article);
        values.stream().filter(v -> "headline".equals(v.path("where").asText())).forEach(v ->
                assertTrue(headline.contains(v.get("surface").asText()), where + ": not in the headline: " + headline));
    }

    /** Copies in one duplicate group support a fact as one source. */
    private static int independentSources(List<JsonNode> values) {
        Set<String> sources = new HashSet<>();
        for (JsonNode v : values) {
            JsonNode a = articles.get(v.get("article").asText());
            sources.add(a.get("duplicate_group").isNull() ? a.get("id").asText() : a.get("duplicate_group").asText());
        }
        return sources.size();
    }

    private static String headlineOf(String article) {
        String raw = rawText(article);
        if (article.endsWith(".html")) return Jsoup.parse(raw).select("h1").text();
        return raw.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    }

    private static void check(List<String> problems, Citation c, String what, String text) {
        int count = occurrences(text, c.surface());
        if (count != 1) problems.add(c + ": found " + count + " times in the " + what);
    }

    private static int occurrences(String text, String surface) {
        int count = 0;
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) count++;
        return count;
    }

    private static LocalDate reported(JsonNode value) {
        return LocalDate.parse(value.get("reported").asText());
    }

    /** Accepts an ISO day, month or year, or an interval of two of them ("start/end", start before end). */
    private static void assertIsoDate(String where, String date) {
        String[] parts = date.split("/", -1);
        assertTrue(parts.length <= 2, where + ": not an ISO date or interval: " + date);
        LocalDate start = startOf(parts[0]);
        if (parts.length == 2) {
            assertTrue(start.isBefore(startOf(parts[1])), where + ": interval ends before it starts: " + date);
        }
    }

    private static LocalDate startOf(String date) {
        String first = date.split("/")[0];
        return switch (first.length()) {
            case 10 -> LocalDate.parse(first);
            case 7 -> YearMonth.parse(first).atDay(1);
            case 4 -> Year.parse(first).atDay(1);
            default -> throw new AssertionError("not an ISO day, month or year: " + date);
        };
    }

    private static List<Citation> allCitations() {
        List<Citation> all = new ArrayList<>();
        for (JsonNode e : events.values()) {
            for (JsonNode f : e.get("facts")) {
                for (JsonNode v : f.get("values")) all.add(Citation.of(e.get("id").asText() + " fact", v));
            }
            for (JsonNode r : e.path("refers_to")) {
                for (JsonNode m : r.get("mentions")) all.add(Citation.of(e.get("id").asText() + " refers_to", m));
            }
        }
        for (JsonNode s : storylines.values()) {
            for (JsonNode b : s.get("background")) {
                for (JsonNode m : b.get("mentions")) all.add(Citation.of(s.get("id").asText() + " background", m));
            }
        }
        return all;
    }

    private static String rawText(String article) {
        try {
            return Files.readString(folder.resolve(article), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + article, e);
        }
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        for (JsonNode node : array) {
            String id = node.get("id").asText();
            assertTrue(map.put(id, node) == null, "duplicate id " + id);
        }
        return map;
    }

    /** One quoted surface string and where gold.json cites it. */
    private record Citation(String context, String article, String surface) {
        static Citation of(String context, JsonNode node) {
            return new Citation(context, node.get("article").asText(), node.get("surface").asText());
        }

        @Override
        public String toString() {
            return context + " " + article + " \"" + surface + "\"";
        }
    }
}
