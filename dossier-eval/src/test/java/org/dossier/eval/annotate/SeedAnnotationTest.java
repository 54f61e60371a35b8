package org.dossier.eval.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Annotators;
import org.dossier.annotate.resolve.EntityResolver;
import org.dossier.annotate.resolve.ResolvedEntities;
import org.dossier.model.Article;
import org.dossier.model.DossierReport;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.pipeline.Dossier;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the annotate stage must show on the seed articles, and on the project's own gold set. */
class SeedAnnotationTest {
    private static Annotator annotator;

    @BeforeAll
    static void warm() {
        annotator = Annotators.installed().orElseThrow();
    }

    private static AnnotateScores score(GoldCorpus gold) {
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (Article a : gold.articles()) annotated.add(annotator.annotate(a));
        ResolvedEntities resolved = new EntityResolver().resolve(annotated);
        return AnnotateScores.score(gold, annotated, resolved);
    }

    @Test
    void seedSpeakersPersonsAndOneLukashenko() throws IOException {
        AnnotateScores s = score(SeedGold.read(SharedData.require("seeds")));
        assertTrue(s.directCorrect() >= s.directTotal() - 1, s.toString());
        assertEquals(0, s.nonSpeechAttributed(), s.toString());
        assertEquals(s.personsTotal(), s.personsFound(), s.toString());
        assertEquals(s.samePairsTotal(), s.samePairsOk(), s.toString());
        assertEquals(s.apartTotal(), s.apartOk(), s.toString());
    }

    @Test
    void ownGoldSet() throws IOException {
        AnnotateScores s = score(GoldCorpus.readOwn());
        assertEquals(0, s.nonSpeechAttributed(), s.toString());
        assertTrue(s.quoteCorrect() >= s.quoteTotal() - 1, s.toString());
        assertEquals(s.personsTotal(), s.personsFound(), s.toString());
        assertTrue(s.quantitiesOk() >= s.quantitiesTotal() - 1, s.toString());
        assertEquals(s.apartTotal(), s.apartOk(), s.toString());
    }

    /** Through the whole pipeline (reading and cleaning included): entities and quotes in the report. */
    @Test
    void analyzeReportsEntitiesAndQuotes() {
        String seeds = SharedData.require("seeds").toString();
        DossierReport report = Dossier.standard().analyze(List.of(seeds), p -> { });
        Entity lukashenko = report.entities().stream()
                .filter(e -> e.type().equals("person") && e.name().endsWith("Lukashenko")).findFirst().orElseThrow();
        List<String> forms = new ArrayList<>(lukashenko.aliases());
        forms.add(lukashenko.name());
        assertTrue(forms.containsAll(List.of("Alexander Lukashenko", "Aleksandr G. Lukashenko", "Lukashenko")), forms.toString());
        assertEquals(1, report.entities().stream().filter(e -> e.name().endsWith("Lukashenko")).count());
        assertFalse(report.quotes().isEmpty());
        for (Quote q : report.quotes()) {
            if (q.speaker() == null) continue;
            assertTrue(report.entities().stream().anyMatch(e -> e.id().equals(q.speaker())) || !q.speaker().matches("e\\d+"));
            String text = report.articles().stream().filter(a -> a.id().equals(q.article())).findFirst().orElseThrow().text();
            assertTrue(text.substring(q.span().start(), q.span().end()).contains(q.text().split(" ")[0]), q.toString());
        }
    }
}
