package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.light.LightTagger;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class HappeningKindsTest {
    private static Set<String> kinds(String headline) {
        return HappeningKinds.of(LightTagger.tag(headline).tokens());
    }

    @Test
    void headlinesOfOneStorylineNameDifferentKindsOfHappening() {
        assertEquals(Set.of("strike"), kinds("Ferry crews strike at Eastport"));
        assertEquals(Set.of("agreement"), kinds("Ferry crews accept pay deal"));
        assertEquals(Set.of("verdict"), kinds("Harbour master jailed for bribery"));
        assertTrue(HappeningKinds.apart(kinds("Ferry crews strike at Eastport"), kinds("Ferry crews accept pay deal")));
    }

    @Test
    void unknownOrSharedKindsDoNotKeepHappeningsApart() {
        assertFalse(HappeningKinds.apart(kinds("Eastport ferry toll rises"), kinds("Ferry capsizes off Eastport")));
        assertTrue(HappeningKinds.same(kinds("Ferry capsizes off Eastport"), kinds("Divers search capsized ferry")));
        assertFalse(HappeningKinds.same(Set.of(), Set.of("disaster")));
    }

    @Test
    void durationsAndClockTimesAreNoSharedFigures() {
        QuantityMention hours = new QuantityMention(new Span(0, 10), "five hours", 5, 5, Approximation.EXACT, null, "hour");
        QuantityMention oclock = new QuantityMention(new Span(0, 10), "six o'clock", 6, 6, Approximation.EXACT, null, "o");
        QuantityMention people = new QuantityMention(new Span(0, 11), "five people", 5, 5, Approximation.EXACT, null, "people");
        assertTrue(PairScorer.duration(hours));
        assertTrue(PairScorer.duration(oclock));
        assertFalse(PairScorer.duration(people));
    }
}
