package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlFactsTest {
    @Test
    void datesInPaths() {
        assertEquals(LocalDate.of(2024, 5, 17), UrlFacts.pathDate("https://example.com/2024/05/17/story-slug").orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 7), UrlFacts.pathDate("https://example.com/news/2024-05-07/story").orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 17), UrlFacts.pathDate("https://example.com/world/20240517-story").orElseThrow());
    }

    @Test
    void noDateFromIdsOrPartialDates() {
        assertTrue(UrlFacts.pathDate("https://example.com/2024/05/story").isEmpty());
        assertTrue(UrlFacts.pathDate("https://example.com/article/123456789").isEmpty());
        assertTrue(UrlFacts.pathDate("https://example.com/2024/13/45/x").isEmpty());
    }

    @Test
    void hostsAndLabels() {
        assertEquals("example.co.uk", UrlFacts.host("https://www.example.co.uk/a"));
        assertEquals("example", UrlFacts.siteLabel("news.example.co.uk"));
        assertEquals("https://example.com/a/b", UrlFacts.firstUrl("<https://example.com/a/b>").orElseThrow());
    }
}
