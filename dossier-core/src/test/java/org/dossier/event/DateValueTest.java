package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateValueTest {
    @Test
    void readsDaysMonthsSeasonsAndYears() {
        assertTrue(DateValue.parse("2024-04-08").isDay());
        assertEquals(LocalDate.of(2024, 2, 29), DateValue.parse("2024-02").end());
        assertEquals("2024-06/2024-08", DateValue.parse("2024-SU").iso());
        assertEquals(LocalDate.of(2019, 12, 31), DateValue.parse("2019").end());
        assertNull(DateValue.parse("XXXX-04-08"));
        assertNull(DateValue.parse("P3Y"));
        assertNull(DateValue.parse("1987-09-31"));
    }

    @Test
    void compatibilityAllowsSlackButNotAnotherWeek() {
        DateValue monday = DateValue.parse("2024-04-08");
        assertTrue(monday.compatible(DateValue.parse("2024-04-10"), 2));
        assertFalse(monday.compatible(DateValue.parse("2024-04-20"), 5));
        assertTrue(monday.compatible(DateValue.parse("2024-04"), 0));
    }
}
