package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.light.LightAnnotator;
import org.junit.jupiter.api.Test;

class ProfilerTest {
    private static ArticleProfile profile(String text) {
        AnnotatedArticle a = new LightAnnotator().annotate(FloodStory.article("a", text, null));
        return Profiler.profile(a, Profiler.times(a));
    }

    @Test
    void aDeckUnderTheHeadlineLeavesTheLeadItsSentences() {
        ArticleProfile p = profile("""
                TERROR AS GORGE ROAD COLLAPSES

                Panic in the mountains as a whole hillside slides onto the valley road

                A wall of rock has crashed onto the only road into a remote mountain valley, cutting off hundreds of people.

                Two drivers are missing after the slope above Kellbach gave way in the night, the police said.

                Engineers from Ostwald will inspect the slope on Friday.
                """);
        assertTrue(p.leadNames().contains("kellbach"), p.leadNames().toString());
        assertFalse(p.leadNames().contains("ostwald"), p.leadNames().toString());
    }

    @Test
    void articlesAndStopWordsAreNoNameKeys() {
        assertTrue(Profiler.nameKeys("The").isEmpty());
        assertTrue(Profiler.nameKeys("the Kranz Bakery").contains("kranz bakery"));
        assertFalse(Profiler.nameKeys("the Kranz Bakery").contains("the kranz bakery"));
    }
}
