package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateOnlyLinesTest {
    @Test
    void linesThatOnlyStateADate() {
        assertEquals(LocalDate.of(2026, 3, 19), DateOnlyLines.read("March 19, 2026").orElseThrow().date());
        assertEquals(LocalDate.of(2026, 3, 19), DateOnlyLines.read("Published: Thu 19 March 2026, 10:30 GMT").orElseThrow().date());
        assertFalse(DateOnlyLines.read("Published: Thu 19 March 2026, 10:30 GMT").orElseThrow().modified());
        assertTrue(DateOnlyLines.read("Updated 20.03.2026 um 14:00 Uhr").orElseThrow().modified());
    }

    @Test
    void sentencesWithADateAreNotDateLines() {
        assertTrue(DateOnlyLines.read("The vote is set for May 3, 2026, officials said.").isEmpty());
        assertTrue(DateOnlyLines.read("Talks resumed on 4 January 2026 in the capital").isEmpty());
    }
}
