package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.annotate.light.LightAnnotator;
import org.dossier.model.Article;
import org.dossier.model.DossierReport;
import org.dossier.model.Event;
import org.dossier.model.Fact;
import org.dossier.pipeline.Dossier;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed reports, through the whole pipeline with the light annotations (no toolkit in this module). */
class SeedEventsTest {
    private static DossierReport report;
    private static Map<String, String> prefixOf;

    @BeforeAll
    static void analyze() {
        Path seeds = SharedData.require("seeds");
        report = Dossier.standard().withAnnotator(new LightAnnotator()).analyze(List.of(seeds.toString()), p -> {});
        prefixOf = report.articles().stream().collect(Collectors.toMap(Article::id,
                a -> Path.of(a.source()).getFileName().toString().substring(0, 3)));
    }

    private static Set<String> members(Event e) {
        return e.articles().stream().map(prefixOf::get).collect(Collectors.toSet());
    }

    private static Event eventWith(String prefix) {
        return report.events().stream().filter(e -> members(e).contains(prefix)).findFirst().orElseThrow();
    }

    @Test
    void twoEventsOfOneStoryline() {
        assertEquals(Set.of("000", "001", "002"), members(eventWith("000")));
        assertEquals(Set.of("003", "004"), members(eventWith("003")));
        assertEquals(1, report.storylines().size());
        assertEquals(List.of(eventWith("003").id(), eventWith("000").id()), report.storylines().get(0).events());
    }

    @Test
    void eventsAreDated() {
        assertEquals("2026-03-19", eventWith("000").date());
        assertEquals("2025-12", eventWith("003").date());
    }

    @Test
    void theSharedFigureAgreesAcrossIndependentSourcesWithCopiesCitedOnce() {
        Fact agreed = eventWith("000").facts().stream().filter(f -> f.status().equals("agree"))
                .filter(f -> f.values().size() == 2).findFirst().orElseThrow();
        Set<String> cited = agreed.values().stream().flatMap(v -> v.sources().stream())
                .map(c -> prefixOf.get(c.article())).collect(Collectors.toSet());
        assertTrue(cited.containsAll(Set.of("000", "001", "002")), cited.toString());
    }
}
