package org.dossier.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dossier.annotate.AnnotationStage;
import org.dossier.dedup.Deduplication;
import org.dossier.event.EventAnalysis;
import org.dossier.event.EventStage;
import org.dossier.event.FloodStory;
import org.dossier.facts.FactStage;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.DossierReport;
import org.dossier.model.Fact;
import org.dossier.model.Storyline;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineItem;
import org.junit.jupiter.api.Test;

class ComposerTest {
    private static final DossierReport REPORT = compose();

    private static DossierReport compose() {
        EventAnalysis events = EventStage.run(FloodStory.annotated());
        Deduplication none = new Deduplication(List.of());
        Map<String, List<Fact>> facts = FactStage.run(events, none, FloodStory.articles());
        return Composer.report(FloodStory.articles(), none, events, facts,
                new AnnotationStage.Result(List.of(), List.of(), List.of()), List.of());
    }

    private static Storyline flood() {
        return REPORT.storylines().stream().filter(s -> s.events().size() == 2).findFirst().orElseThrow();
    }

    @Test
    void timelineHoldsEventsAndBackgroundInTimeOrder() {
        List<String> dates = flood().timeline().stream().map(TimelineItem::date).toList();
        assertEquals("2019-03", dates.get(0));
        assertTrue(dates.containsAll(List.of("2024-04-08", "2024-05-14")));
        assertEquals(dates.stream().sorted().toList(), dates);
    }

    @Test
    void timelineItemsSayTheirKindAndHowTheyWereDated() {
        TimelineItem background = flood().timeline().get(0);
        assertEquals(TimelineItem.BACKGROUND, background.kind());
        assertFalse(background.dateInferred());
        assertTrue(background.dateBasis().contains("March 2019"), background.dateBasis());
        assertEquals(2, flood().timeline().stream().filter(t -> t.kind().equals(TimelineItem.EVENT)).count());
    }

    @Test
    void summarySentencesAreSourceWordsWithCitations() {
        List<SummarySentence> all = new java.util.ArrayList<>(flood().summary());
        REPORT.events().forEach(e -> all.addAll(e.summary()));
        assertFalse(all.isEmpty());
        for (SummarySentence s : all) {
            assertFalse(s.sources().isEmpty());
            if (s.sentence().startsWith("Sources differ") || s.sentence().startsWith("First reports")
                    || s.sentence().startsWith("A headline")) continue;
            assertEquals(s.sentence(), cited(s.sources().get(0)));
            assertFalse(s.sentence().endsWith("?"));
        }
    }

    @Test
    void everyEventHasItsOwnSummaryAndTheStorylineSaysEachEvent() {
        for (org.dossier.model.Event e : REPORT.events()) assertFalse(e.summary().isEmpty(), e.id());
        assertTrue(flood().summary().stream().anyMatch(s -> s.sentence().contains("embankments")));
        assertTrue(flood().summary().stream().anyMatch(s -> s.sentence().contains("burst its banks")));
    }

    @Test
    void theRisingTollIsToldAsAnUpdateCitingEachFigure() {
        SummarySentence update = flood().summary().stream().filter(s -> s.sentence().startsWith("First reports"))
                .findFirst().orElseThrow(() -> new AssertionError(flood().summary()));
        assertTrue(update.sentence().contains("later reports put it at"), update.sentence());
        String said = update.sentence().toLowerCase(java.util.Locale.ROOT);
        for (Citation c : update.sources()) assertTrue(said.contains(cited(c).toLowerCase(java.util.Locale.ROOT)), cited(c));
    }

    private static String cited(Citation c) {
        Article a = REPORT.articles().stream().filter(x -> x.id().equals(c.article())).findFirst().orElseThrow();
        return a.text().substring(c.span().start(), c.span().end());
    }

    @Test
    void inferredDatesReachTheReportMarked() {
        Article tabloid = REPORT.articles().stream().filter(a -> a.id().equals("flood-tabloid")).findFirst().orElseThrow();
        assertTrue(tabloid.publishedInferred());
    }
}
