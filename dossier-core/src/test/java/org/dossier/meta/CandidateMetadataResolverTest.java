package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.source.Hints;
import org.junit.jupiter.api.Test;

class CandidateMetadataResolverTest {
    private static final String BODY = "The river authority opened the new dam on Tuesday after a decade of delays, "
            + "and farmers downstream said the first season of steady water would decide whether it was worth it.";

    @Test
    void textCopyWithBylineDateLineAndSourceUrl() {
        ArticleMetadata m = MetaFixtures.text("Dam Opens After Ten Years of Delays\n\nBy [AFP](#)\n\nMarch 3, 2026\n\n"
                + BODY + "\n\nOriginal url:\n\n<https://www.thevalleyherald.com/2026/03/03/dam-opens-a1234>\n");
        assertEquals("Dam Opens After Ten Years of Delays", m.title());
        assertEquals("AFP", m.wire());
        assertEquals(List.of(), m.authors());
        assertEquals(LocalDate.of(2026, 3, 3), m.published());
        assertEquals("text:date-line", m.publishedBasis());
        assertEquals("The Valley Herald", m.outlet());
        assertEquals("https://www.thevalleyherald.com/2026/03/03/dam-opens-a1234", m.url());
    }

    @Test
    void bylineBeforeHeadlineAndAgencyBrief() {
        ArticleMetadata m = MetaFixtures.text("By: JK | AP Brief\n\nDam opens after ten years\n\n" + BODY);
        assertEquals("Dam opens after ten years", m.title());
        assertEquals(List.of("JK"), m.authors());
        assertEquals("AP", m.wire());
        assertNull(m.published());
    }

    @Test
    void aCaptionIsNoHeadline() {
        ArticleMetadata m = MetaFixtures.text("The new dam seen from the north bank on Tuesday.\n" + BODY + "\n" + BODY);
        assertNull(m.title());
    }

    @Test
    void datelineGivesTheWireAndWithACaptureDateTheDay() {
        ArticleMetadata m = MetaFixtures.text("Dam opens\n\nKHARTOUM, March 3 (Reuters) - " + BODY, null,
                Map.of(Hints.DATE, "2026-03-05T08:00:00Z", Hints.DATE_IS_CAPTURE, "true"));
        assertEquals("Reuters", m.wire());
        assertEquals(LocalDate.of(2026, 3, 3), m.published());
        assertEquals("text:dateline-month-day", m.publishedBasis());
    }

    @Test
    void anAgencyInTheBylineAndDatelineIsTheWireNotAnAuthor() {
        ArticleMetadata m = MetaFixtures.text("Dam opens after ten years\n\nBy Riverline\n\n"
                + "KHARTOUM, Sudan, March 3 (Riverline) – " + BODY);
        assertEquals("Riverline", m.wire());
        assertEquals(List.of(), m.authors());
        assertEquals("Dam opens after ten years", m.title());
    }

    @Test
    void futureDatesAreNeverTaken() {
        ArticleMetadata m = MetaFixtures.text("Dam opens\n\nMarch 3, 2027\n\n" + BODY, "https://example.com/2026/02/01/dam",
                Map.of());
        assertEquals(LocalDate.of(2026, 2, 1), m.published());
        assertEquals("url:path", m.publishedBasis());
    }

    @Test
    void captureDateBoundsDatesButIsNoPublicationDate() {
        ArticleMetadata m = MetaFixtures.text("Dam opens\n\nMarch 3, 2026\n\n" + BODY, null,
                Map.of(Hints.DATE, "2026-03-01T00:00:00Z", Hints.DATE_IS_CAPTURE, "true"));
        assertNull(m.published());
    }

    @Test
    void carrierHintsCount() {
        ArticleMetadata m = MetaFixtures.text(BODY, "https://example.org/news/dam",
                Map.of(Hints.TITLE, "Dam opens", Hints.DATE, "2026-03-03T22:15:00-06:00", Hints.AUTHORS, "Jane Doe, John Roe",
                        Hints.OUTLET, "Example Daily"));
        assertEquals("Dam opens", m.title());
        assertEquals(LocalDate.of(2026, 3, 3), m.published());
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors());
        assertEquals("Example Daily", m.outlet());
    }

    @Test
    void headlineLinesOfAnyLengthAndTwoLineHeadings() {
        String longHeadline = "Regional Water Authority Opens New Dam After Ten Years of Delays and Disputes Over Costs";
        assertEquals(longHeadline, MetaFixtures.text(longHeadline + "\n\n2 mins read\n[Photo Credit: someone]\n\n" + BODY).title());
        assertEquals("Dam Opens to Traffic", MetaFixtures.text("Dam Opens to Traffic\nFirst cars cross the new road\n\n" + BODY).title());
        assertEquals("Dam Opens to Traffic", MetaFixtures.text("Dam Opens to Traffic\n" + BODY + "\n" + BODY).title());
    }

    @Test
    void aDayOfTimeZoneSlackAfterTheCapture() {
        ArticleMetadata m = MetaFixtures.text("Dam opens\n\nMarch 20, 2026\n\n" + BODY, null,
                Map.of(Hints.DATE, "2026-03-19T23:30:00Z", Hints.DATE_IS_CAPTURE, "true"));
        assertEquals(LocalDate.of(2026, 3, 20), m.published());
    }
}
