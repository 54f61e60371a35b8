package org.dossier.annotate.light;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.event.FloodStory;
import org.junit.jupiter.api.Test;

class LightTaggerTest {
    @Test
    void splitsSentencesButNotAtAbbreviations() {
        TaggedText t = LightTagger.tag("Dr. Ana Lind met Mr. Weiss on Monday. They talked for hours.\nA new line");
        assertEquals(3, t.sentences().size());
    }

    @Test
    void guessesTagsFromWordShape() {
        TaggedText t = LightTagger.tag("The council approved 12 new embankments in Oberbruck.");
        assertEquals("CD", t.tokens().get(3).pos());
        assertEquals("NNS", t.tokens().get(5).pos());
        assertEquals("embankment", t.tokens().get(5).lemma());
        assertEquals("NNP", t.tokens().get(7).pos());
    }

    @Test
    void quantitiesAreBoundToWhatTheyCount() {
        AnnotatedArticle a = new LightAnnotator().annotate(FloodStory.article("f", FloodStory.FLOOD_DAY_ONE, null));
        QuantityMention four = a.quantities().stream().filter(q -> q.value() == 4).findFirst().orElseThrow();
        assertEquals("people", four.counted());
        assertTrue(a.quantities().stream().anyMatch(q -> q.value() == 300 && q.text().startsWith("about")));
    }
}
