package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

class EventStageTest {
    private static final EventAnalysis RESULT = EventStage.run(FloodStory.annotated());

    private static EventDraft eventOf(String article) {
        return RESULT.events().stream().filter(e -> e.articles().contains(article)).findFirst().orElseThrow();
    }

    @Test
    void reportsOfOneHappeningFormOneEventAndTheNextHappeningAnother() {
        assertEquals(Set.of("flood-1", "flood-2", "flood-tabloid"), Set.copyOf(eventOf("flood-1").articles()));
        assertEquals(Set.of("defences", "defences-brief"), Set.copyOf(eventOf("defences").articles()));
        assertEquals(List.of("bakery"), eventOf("bakery").articles());
    }

    @Test
    void headlinesKeptInTheMetadataOnlyGiveTheSameEventsAndDates() {
        EventAnalysis moved = EventStage.run(FloodStory.annotate(FloodStory.headlinesInMetadata()));
        assertEquals(RESULT.events().stream().map(e -> Set.copyOf(e.articles())).toList(),
                moved.events().stream().map(e -> Set.copyOf(e.articles())).toList());
        assertEquals(RESULT.events().stream().map(e -> e.date().iso()).toList(),
                moved.events().stream().map(e -> e.date().iso()).toList());
        assertEquals(RESULT.storylines(), moved.storylines());
    }

    @Test
    void eventsAreDatedFromTheirLeads() {
        assertEquals("2024-04-08", eventOf("flood-1").date().iso());
        assertEquals("2024-05-14", eventOf("defences").date().iso());
    }

    @Test
    void undatedArticlesGetTheirEventsDateMarkedInferred() {
        Article tabloid = RESULT.articles().get("flood-tabloid").article();
        assertEquals(LocalDate.of(2024, 4, 8), tabloid.published());
        assertTrue(tabloid.publishedInferred());
        assertTrue(RESULT.times().get("flood-tabloid").stream().noneMatch(t -> t.value() != null && t.value().startsWith("XXXX")));
    }

    @Test
    void eventsSharingActorsFormOneStorylineInTimeOrder() {
        List<String> storyline = RESULT.storylines().stream()
                .filter(s -> s.contains(eventOf("flood-1").id())).findFirst().orElseThrow();
        assertEquals(List.of(eventOf("flood-1").id(), eventOf("defences").id()), storyline);
        assertTrue(RESULT.storylines().contains(List.of(eventOf("bakery").id())));
    }
}
