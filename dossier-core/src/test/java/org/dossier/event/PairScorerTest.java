package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.light.LightAnnotator;
import org.junit.jupiter.api.Test;

class PairScorerTest {
    private static ArticleProfile profile(String id, String text, LocalDate published) {
        AnnotatedArticle a = new LightAnnotator().annotate(FloodStory.article(id, text, published));
        return Profiler.profile(a, Profiler.times(a));
    }

    private static final String FIRST_REPORT = """
            Avalanche buries ski lodge in Valmora, four dead

            An avalanche buried a ski lodge above the village of Valmora on Saturday, killing at least four people, mountain rescue officials said. Eleven people were missing.
            """;
    private static final String LATER_UPDATE = """
            Valmora avalanche: nine now known dead

            Nine people are now known to have died after the avalanche at the Valmora ski lodge, and six people are still missing, mountain rescue officials said.
            """;

    @Test
    void revisedCountsOfADevelopingStoryDoNotTellHappeningsApart() {
        ArticleProfile first = profile("first", FIRST_REPORT, LocalDate.of(2025, 1, 11));
        ArticleProfile update = profile("update", LATER_UPDATE, null);
        assertFalse(PairScorer.numbers(first, update).conflict());
    }

    @Test
    void differentSharesOfOneVoteDo() {
        ArticleProfile firstRound = profile("r1", """
                Ilsen wins first round of Dornhagen mayoral vote

                Greta Ilsen won 38.4 percent of the vote in the first round of the Dornhagen mayoral election on Sunday, ahead of Paul Wend with 31.7 percent.
                """, LocalDate.of(2025, 9, 14));
        ArticleProfile runoff = profile("r2", """
                Ilsen elected mayor of Dornhagen

                Greta Ilsen won the Dornhagen mayoral runoff with 54.2 percent of the vote, beating Paul Wend, who took 45.8 percent.
                """, null);
        assertTrue(PairScorer.numbers(firstRound, runoff).conflict());
    }

    @Test
    void anUndatedReportIsNeitherConfirmedNorRefutedByDates() {
        ArticleProfile first = profile("first", FIRST_REPORT, LocalDate.of(2025, 1, 11));
        ArticleProfile update = profile("update", LATER_UPDATE, null);
        assertEquals(PairScorer.Dates.UNDATED, PairScorer.dates(first, update));
        TermStats stats = new TermStats();
        stats.add(first);
        stats.add(update);
        assertTrue(new PairScorer(stats).score(update, first) >= EventClusterer.joinThreshold());
    }
}
