package org.dossier.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.eval.events.GoldCorpus.Citation;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the hand-written gold files honest: the events evaluation's corpus and the example
 * corpus's expected findings. An evaluation scores an engine against them, so a surface string
 * that occurs twice, a dangling id or a status that contradicts its own values would silently
 * mis-score every run; each is checked here.
 */
class GoldEventsCorpusTest {
    private static final Set<String> STATUSES =
            Set.of("agree", "compatible", "conflict", "updated", "headline_mismatch", "single");
    private static final Set<String> RELATIONS = Set.of("syndicated", "contained", "near", "exact");

    static Stream<GoldCorpus> corpora() {
        return Stream.concat(Stream.of(GoldCorpus.eventsGold()), GoldCorpus.examples().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void everyArticleFileIsListedAndEveryListedFileExists(GoldCorpus corpus) {
        Set<String> listed = corpus.articles().keySet().stream().map(GoldCorpus::fileOf)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(corpus.filesOnDisk(), listed);
        assertTrue(corpus.articles().size() >= corpus.minArticles(), "too few articles");
        assertTrue(corpus.storylines().size() >= corpus.minStorylines(), "too few storylines");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void everySurfaceOccursExactlyOnceInItsArticle(GoldCorpus corpus) {
        List<String> problems = new ArrayList<>();
        for (Citation c : corpus.citations()) {
            if (!corpus.articles().containsKey(c.article())) {
                problems.add(c + ": unknown article");
                continue;
            }
            String text = corpus.text(c.article());
            check(problems, c, "file", text);
            if (GoldCorpus.fileOf(c.article()).endsWith(".html")) {
                check(problems, c, "body text", Jsoup.parse(text).body().text());
            }
            if (c.surface().contains("\n")) problems.add(c + ": surface crosses a line break");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void referencesAndDatesResolve(GoldCorpus corpus) {
        Map<String, JsonNode> events = corpus.events();
        for (JsonNode a : corpus.articles().values()) {
            String id = a.get("id").asText();
            JsonNode event = a.get("event");
            assertTrue(event.isNull() || events.containsKey(event.asText()), id + ": unknown event " + event);
            assertEquals(event.isNull(), "noise".equals(a.get("role").asText()),
                    id + ": noise articles, and only they, have no event");
            for (String field : List.of("published", "published_expected")) {
                if (!a.get(field).isNull()) assertIsoDate(id + "." + field, a.get(field).asText());
            }
        }
        for (JsonNode e : events.values()) {
            String id = e.get("id").asText();
            assertTrue(corpus.storylines().containsKey(e.get("storyline").asText()), id + ": unknown storyline");
            assertIsoDate(id + ".date", e.get("date").asText());
            for (JsonNode r : e.path("refers_to")) {
                JsonNode earlier = events.get(r.get("event").asText());
                assertNotNull(earlier, id + ": refers to an unknown event");
                assertEquals(e.get("storyline"), earlier.get("storyline"), id + ": back-reference leaves the storyline");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void storylinesListTheirEventsInTimeOrder(GoldCorpus corpus) {
        for (JsonNode s : corpus.storylines().values()) {
            String id = s.get("id").asText();
            List<String> listed = new ArrayList<>();
            s.get("events").forEach(e -> listed.add(e.asText()));
            Set<String> owned = corpus.events().values().stream()
                    .filter(e -> e.get("storyline").asText().equals(id))
                    .map(e -> e.get("id").asText()).collect(Collectors.toSet());
            assertEquals(owned, new HashSet<>(listed), id + ": events[] must list exactly its events");
            for (int i = 1; i < listed.size(); i++) {
                LocalDate before = startOf(corpus.events().get(listed.get(i - 1)).get("date").asText());
                LocalDate after = startOf(corpus.events().get(listed.get(i)).get("date").asText());
                assertTrue(before.isBefore(after), id + ": events out of time order at " + listed.get(i));
            }
            for (JsonNode b : s.get("background")) assertIsoDate(id + " background", b.get("date").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void duplicateGroupsAreConsistent(GoldCorpus corpus) {
        Map<String, JsonNode> articles = corpus.articles();
        Set<String> grouped = new HashSet<>();
        for (JsonNode g : corpus.gold().get("duplicate_groups")) {
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
            String id = a.get("id").asText();
            assertEquals(!a.get("duplicate_group").isNull(), grouped.contains(id), id + ": not in the group it names");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void factStatusesAgreeWithTheirValues(GoldCorpus corpus) {
        Map<String, JsonNode> articles = corpus.articles();
        Map<String, JsonNode> events = corpus.events();
        for (JsonNode e : events.values()) {
            for (JsonNode f : e.get("facts")) {
                String status = f.get("status").asText();
                String where = e.get("id").asText() + " / " + f.get("slot").asText() + " / " + status;
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
                int sources = independentSources(articles, values);
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
                    case "headline_mismatch" -> checkHeadlineMismatch(corpus, where, values);
                    default -> throw new AssertionError(where);
                }
            }
        }
    }

    private static void checkUpdated(String where, List<JsonNode> values) {
        for (JsonNode v : values) assertTrue(v.hasNonNull("reported"), where + ": value without reported date");
        Comparator<JsonNode> byReport = Comparator.comparing(GoldEventsCorpusTest::reported);
        JsonNode earliest = values.stream().min(byReport).orElseThrow();
        JsonNode latest = values.stream().max(byReport).orElseThrow();
        assertTrue(reported(earliest).isBefore(reported(latest)), where + ": all reported on one day");
        assertFalse(earliest.get("normalized").equals(latest.get("normalized")), where + ": nothing was revised");
    }

    private static void checkHeadlineMismatch(GoldCorpus corpus, String where, List<JsonNode> values) {
        Set<String> inArticles = values.stream().map(v -> v.get("article").asText()).collect(Collectors.toSet());
        assertEquals(1, inArticles.size(), where + ": a headline mismatch lies within one article");
        List<JsonNode> headlines = values.stream().filter(v -> "headline".equals(v.path("where").asText())).toList();
        long bodies = values.stream().filter(v -> "body".equals(v.path("where").asText())).count();
        assertEquals(1, headlines.size(), where + ": exactly one headline value");
        assertTrue(bodies >= 1, where + ": at least one body value");
        String headline = corpus.headline(inArticles.iterator().next());
        assertTrue(headline.contains(headlines.get(0).get("surface").asText()), where + ": not in the headline: " + headline);
        assertTrue(values.stream().map(v -> v.get("normalized")).distinct().count() >= 2, where + ": nothing differs");
    }

    /** Copies in one duplicate group support a fact as one source. */
    private static int independentSources(Map<String, JsonNode> articles, List<JsonNode> values) {
        Set<String> sources = new HashSet<>();
        for (JsonNode v : values) {
            JsonNode a = articles.get(v.get("article").asText());
            sources.add(a.get("duplicate_group").isNull() ? a.get("id").asText() : a.get("duplicate_group").asText());
        }
        return sources.size();
    }

    private static void check(List<String> problems, Citation c, String what, String text) {
        int count = 0;
        for (int at = text.indexOf(c.surface()); at >= 0; at = text.indexOf(c.surface(), at + 1)) count++;
        if (count != 1) problems.add(c + ": found " + count + " times in the " + what);
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
}
