package org.dossier.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.light.LightAnnotator;
import org.dossier.event.FloodStory;
import org.dossier.event.Profiler;
import org.junit.jupiter.api.Test;

/** Claims read from invented sentences: what each figure counts, its action, holder and cues. */
class ClaimExtractorTest {
    private static List<Claim> claims(String text) {
        AnnotatedArticle a = new LightAnnotator().annotate(FloodStory.article("t", text, LocalDate.of(2024, 4, 9)));
        return ClaimExtractor.extract(a, Profiler.times(a), null, ClaimExtractor.surnames(a));
    }

    private static Claim claim(List<Claim> claims, String words) {
        return claims.stream().filter(c -> c.quantity().text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError(words + " not in " + claims));
    }

    @Test
    void aSubjectFigureTakesTheActionOfItsOwnVerb() {
        List<Claim> claims = claims("Storm in the harbour\n\nNine people have died and four are still missing after the storm.\n");
        assertEquals(new Slot("people", "death", ""), claim(claims, "Nine people").slot());
        Claim missing = claim(claims, "four");
        assertEquals("missing", missing.slot().action());
        assertTrue(missing.revision());
    }

    @Test
    void aBareFigureCountsTheNumberItsClauseNames() {
        Claim c = claim(claims("Pier closed\n\nThe number of boats stranded at the pier rose to 14 on Friday.\n"), "14");
        assertEquals("ship", c.slot().what());
        assertTrue(c.revision());
    }

    @Test
    void theNumberPutAtAFigureRefersToTheCountBefore() {
        List<Claim> claims = claims("Nurses walk out\n\nThe union said 900 nurses had joined the walkout. "
                + "The hospital put the number at 500.\n");
        assertEquals(claim(claims, "900 nurses").slot(), claim(claims, "500").slot());
        assertEquals("strike", claim(claims, "500").slot().action());
    }

    @Test
    void aShareBelongsToThePersonNamedBeforeIt() {
        List<Claim> claims = claims("Count ends\n\nPetra Lindqvist and Omar Haddad stood for mayor. "
                + "Lindqvist took 41.5 percent of the vote and Haddad 30.2 percent.\n");
        assertEquals("lindqvist", claim(claims, "41.5 percent").slot().holder());
        assertEquals("haddad", claim(claims, "30.2 percent").slot().holder());
    }

    @Test
    void earlierValuesAndRunningTotalsAreNoClaimsOfTheEvent() {
        List<Claim> claims = claims("Low turnout\n\nTurnout fell to 35.5 percent, from 44 percent in the spring. "
                + "Since January the coast guard has rescued 300 sailors.\n");
        assertEquals("turnout", claim(claims, "35.5 percent").slot().holder());
        assertTrue(claims.stream().noneMatch(c -> c.quantity().text().contains("44")));
        assertTrue(claims.stream().noneMatch(c -> c.quantity().text().contains("300")));
    }

    @Test
    void theHeadlineIsReadApartAndCitesItsOwnWords() {
        List<Claim> claims = claims("DOZENS HURT IN BUS CRASH\n\nSeven people were injured when a bus left the road.\n");
        Claim headline = claims.stream().filter(Claim::inHeadline).findFirst().orElseThrow();
        assertEquals("injury", headline.slot().action());
        assertNull(headline.field());
        assertFalse(claim(claims, "Seven people").inHeadline());
    }

    @Test
    void aFigureKeepsItsClauseWhenTheSentenceExplainsItByAnEarlierHappening() {
        String text = "Mill to close\n\nThe owner will close the paper mill, putting 240 people out of work, "
                + "after a fire in January wrecked its main machine.\n";
        AnnotatedArticle a = new LightAnnotator().annotate(FloodStory.article("t", text, LocalDate.of(2024, 4, 9)));
        List<Claim> claims = ClaimExtractor.extract(a, Profiler.times(a),
                org.dossier.event.DateValue.day(LocalDate.of(2024, 4, 9)), ClaimExtractor.surnames(a));
        assertTrue(claims.stream().anyMatch(c -> c.quantity().value() == 240 && c.slot().what().equals("job")),
                claims.toString());
    }

    @Test
    void aPartOfAGroupIsItsOwnSlotNotARivalFigure() {
        List<Claim> claims = claims("Bus crash\n\nEleven passengers were taken to hospital, four of them with head injuries.\n");
        Claim part = claims.stream().filter(c -> c.quantity().value() == 4).findFirst().orElseThrow();
        Claim group = claims.stream().filter(c -> c.quantity().value() == 11).findFirst().orElseThrow();
        assertEquals(group.slot().what(), part.slot().what());
        assertEquals(Slot.PART + "with head injuries", part.slot().action());
        assertEquals("the number of passengers with head injuries", SlotLabel.of(List.of(part), java.util.Set.of()));
    }
}
