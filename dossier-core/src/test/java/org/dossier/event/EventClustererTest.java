package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.time.TemporalTagger;
import org.junit.jupiter.api.Test;

class EventClustererTest {
    private static ArticleProfile profile(AnnotatedArticle a) {
        return Profiler.profile(a, TemporalTagger.english().tag(a.article().text(), a.article().published()));
    }

    @Test
    void aLaterArticleJoinsItsEventWithoutChangingEarlierAssignments() {
        List<AnnotatedArticle> all = FloodStory.annotated();
        EventClusterer clusterer = new EventClusterer();
        int flood = clusterer.add(profile(all.get(0)));
        int bakery = clusterer.add(profile(all.get(5)));
        int defences = clusterer.add(profile(all.get(3)));
        assertNotEquals(flood, bakery);
        assertNotEquals(flood, defences);
        assertEquals(flood, clusterer.add(profile(all.get(1))));
        assertEquals(bakery, clusterer.eventOf("bakery"));
        assertEquals(3, clusterer.events().size());
    }

    @Test
    void onlyCandidatesSharingEvidenceAreScored() {
        List<AnnotatedArticle> all = FloodStory.annotated();
        EventClusterer clusterer = new EventClusterer();
        for (AnnotatedArticle a : all) clusterer.add(profile(a));
        long allPairs = (long) all.size() * (all.size() - 1) / 2;
        assertTrue(clusterer.pairsScored() < allPairs, clusterer.pairsScored() + " of " + allPairs);
    }
}
