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
    void summarySentencesAreSourceWordsWithCitations() {
        for (SummarySentence s : flood().summary()) {
            assertFalse(s.sources().isEmpty());
            Citation c = s.sources().get(0);
            Article a = REPORT.articles().stream().filter(x -> x.id().equals(c.article())).findFirst().orElseThrow();
            String cited = a.text().substring(c.span().start(), c.span().end());
            assertTrue(s.sentence().contains(cited.strip()) || s.sentence().contains("\""), s.sentence());
        }
    }

    @Test
    void inferredDatesReachTheReportMarked() {
        Article tabloid = REPORT.articles().stream().filter(a -> a.id().equals("flood-tabloid")).findFirst().orElseThrow();
        assertTrue(tabloid.publishedInferred());
    }
}
