package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

class HeadDatesTest {
    @Test
    void aDateLineUnderTheHeadlineDatesTheArticle() {
        Article a = FloodStory.article("x", FloodStory.DEFENCES, null);
        assertEquals(LocalDate.of(2024, 5, 15), HeadDates.apply(List.of(a)).get(0).published());
    }

    @Test
    void aDatelineWithoutYearTakesTheYearOfTheNearestDatedArticle() {
        Article wire = FloodStory.article("w", FloodStory.FLOOD_DAY_TWO, null);
        Article dated = FloodStory.article("d", FloodStory.BAKERY, LocalDate.of(2024, 3, 30));
        assertEquals(LocalDate.of(2024, 4, 10), HeadDates.apply(List.of(wire, dated)).get(0).published());
        assertNull(HeadDates.apply(List.of(wire)).get(0).published());
    }

    @Test
    void theTextsFirstLineCarriesTheDateWhenTheHeadlineIsInTheMetadataOnly() {
        Article wire = FloodStory.moved("w", FloodStory.FLOOD_DAY_TWO, null);
        Article dated = FloodStory.moved("d", FloodStory.BAKERY, LocalDate.of(2024, 3, 30));
        assertEquals(LocalDate.of(2024, 4, 10), HeadDates.apply(List.of(wire, dated)).get(0).published());
        Article brief = FloodStory.moved("b", FloodStory.DEFENCES, null);
        assertEquals(LocalDate.of(2024, 5, 15), HeadDates.apply(List.of(brief)).get(0).published());
    }

    @Test
    void datesInTheBodyAreNotPublicationDates() {
        Article tabloid = FloodStory.article("t", FloodStory.FLOOD_TABLOID + "\nIn May 2019 the river flooded too.\n", null);
        assertNull(HeadDates.apply(List.of(tabloid)).get(0).published());
    }
}
