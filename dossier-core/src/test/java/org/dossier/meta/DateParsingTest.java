package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParsingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-03-19T23:30:00-05:00|2026-03-19",
        "2026-03-20T04:30:00Z|2026-03-20",
        "2024-05-17|2024-05-17",
        "20240517|2024-05-17",
        "Thu, 19 Mar 2026 10:00:00 GMT|2026-03-19",
        "March 19, 2026|2026-03-19",
        "Mar. 9, 2026|2026-03-09",
        "Thursday, March 19th, 2026 at 5:00 p.m.|2026-03-19",
        "19 March 2026|2026-03-19",
        "19. März 2026|2026-03-19",
        "19 mars 2026|2026-03-19",
        "19 de marzo de 2026|2026-03-19",
        "19.03.2026|2026-03-19",
        "03/19/2026|2026-03-19",
        "2026/03/19 08:15|2026-03-19",
        "1710806400|2024-03-19",
    })
    void readsTheFormsNewsSitesWrite(String value, String expected) {
        assertEquals(LocalDate.parse(expected), DateParsing.parse(value).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "March 2026", "2 hours ago", "31.02.2026", "version 2.0.1", "May 3"})
    void rejectsIncompleteOrImpossibleDates(String value) {
        assertTrue(DateParsing.parse(value).isEmpty(), value);
    }

    @org.junit.jupiter.api.Test
    void findsTheEarliestWrittenDateInALine() {
        assertEquals(LocalDate.of(2025, 12, 13),
                DateParsing.find("Published 13 December 2025, updated 2025-12-14").orElseThrow());
    }
}
