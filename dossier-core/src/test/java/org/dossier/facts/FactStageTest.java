package org.dossier.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dossier.dedup.Deduplication;
import org.dossier.event.EventAnalysis;
import org.dossier.event.EventDraft;
import org.dossier.event.EventStage;
import org.dossier.event.FloodStory;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;
import org.junit.jupiter.api.Test;

class FactStageTest {
    private static final EventAnalysis EVENTS = EventStage.run(FloodStory.annotated());
    private static final Map<String, List<Fact>> FACTS = FactStage.run(EVENTS, new Deduplication(List.of()), FloodStory.articles());

    private static List<Fact> factsOf(String article) {
        EventDraft e = EVENTS.events().stream().filter(x -> x.articles().contains(article)).findFirst().orElseThrow();
        return FACTS.get(e.id());
    }

    private static Fact fact(String article, String status, String value) {
        return factsOf(article).stream().filter(f -> f.status().equals(status))
                .filter(f -> f.values().stream().anyMatch(v -> v.value().contains(value))).findFirst()
                .orElseThrow(() -> new AssertionError(status + " " + value + " in " + factsOf(article)));
    }

    @Test
    void aRisingTollIsAnUpdate() {
        Fact deaths = fact("flood-1", "updated", "four people");
        assertTrue(deaths.values().stream().anyMatch(v -> v.normalized().equals("5")));
    }

    @Test
    void aHeadlineThatContradictsItsBodyIsAMismatch() {
        Fact mismatch = fact("flood-tabloid", "headline_mismatch", "DOZENS");
        assertEquals(2, mismatch.values().size());
    }

    @Test
    void twoIndependentSourcesWithTheSameFigureAgree() {
        Fact money = fact("defences", "agree", "12 million euros");
        assertEquals(2, money.values().size());
    }

    @Test
    void everyValueCitesTheWordsOfItsArticle() {
        for (List<Fact> facts : FACTS.values()) {
            for (Fact f : facts) {
                for (FactValue v : f.values()) {
                    String text = FloodStory.articles().stream().filter(a -> a.id().equals(v.sources().get(0).article()))
                            .findFirst().orElseThrow().text();
                    var span = v.sources().get(0).span();
                    assertEquals(v.value(), text.substring(span.start(), span.end()));
                }
            }
        }
    }
}
