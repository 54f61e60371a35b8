package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void stripsAKnownSiteNameOnEitherSide() {
        assertEquals(Optional.of("Dam opens after ten years"),
                Titles.clean("Dam opens after ten years | The River Gazette", List.of("The River Gazette"), false));
        assertEquals(Optional.of("Dam opens after ten years"),
                Titles.clean("River Gazette - Dam opens after ten years", List.of("The River Gazette"), false));
        assertEquals(Optional.of("Dam opens after ten years"),
                Titles.clean("Dam opens after ten years - rivergazette", List.of("rivergazette"), false));
    }

    @Test
    void pageTitlesLoseAShortLastPartEvenWhenTheSiteIsUnknown() {
        assertEquals(Optional.of("Dam opens after ten years of delays"),
                Titles.clean("Dam opens after ten years of delays | Valley Post", List.of(), true));
    }

    @Test
    void keepsSeparatorsThatBelongToTheHeadline() {
        assertEquals(Optional.of("Vote count - what we know so far"),
                Titles.clean("Vote count - what we know so far", List.of("Valley Post"), false));
    }

    @Test
    void aSiteNameIsNoTitle() {
        assertTrue(Titles.clean("The River Gazette", List.of("River Gazette"), false).isEmpty());
        assertTrue(Titles.clean("Home | River Gazette", List.of("River Gazette"), true).map(t -> t.equals("Home")).orElse(true));
    }

    @Test
    void splitsOffAGluedByline() {
        assertEquals(Optional.of("Dam opens after ten years"),
                Titles.clean("Dam opens after ten yearsBy Jane Doe and John Roe", List.of(), false));
        assertEquals(Optional.of("Dam opens after ten years"), Titles.clean("## **Dam opens after ten years**", List.of(), false));
    }
}
