package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    @Test
    void cityDateAndAgency() {
        Datelines.Dateline d = Datelines.parse("VILNIUS, March 19 (Reuters) - Officials said on Thursday...").orElseThrow();
        assertEquals("Reuters", d.agency());
        assertEquals(MonthDay.of(3, 19), d.monthDay().orElseThrow());
        assertTrue(d.date().isEmpty());
    }

    @Test
    void cityAndAgencyWithDash() {
        assertEquals("AP", Datelines.parse("WARSAW, Poland (AP) — A court ruled on Monday").orElseThrow().agency());
        assertEquals("dpa", Datelines.parse("Berlin, 19. März (dpa) - Die Regierung hat").orElseThrow().agency());
    }

    @Test
    void photoCreditsAndOrdinaryParenthesesAreNoDatelines() {
        assertTrue(Datelines.parse("The ministry (which oversees prisons) - said nothing").isEmpty());
        assertTrue(Datelines.parse("Crowds gathered (AP Photo) - in the square").isEmpty());
        assertTrue(Datelines.parse("The report by Reuters said more talks are planned.").isEmpty());
    }

    @Test
    void yearComesFromTheReference() {
        assertEquals(LocalDate.of(2026, 3, 19), Datelines.latestOnOrBefore(MonthDay.of(3, 19), LocalDate.of(2026, 4, 2)));
        assertEquals(LocalDate.of(2025, 12, 30), Datelines.latestOnOrBefore(MonthDay.of(12, 30), LocalDate.of(2026, 1, 2)));
    }

    @Test
    void anUnlistedAgencyIsReadFromTheDatelineForm() {
        Datelines.Dateline d = Datelines.parse("EASTPORT, Wales, June 2 (Coastwire) – The terminal reopened").orElseThrow();
        assertEquals("Coastwire", d.agency());
        assertEquals(MonthDay.of(6, 2), d.monthDay().orElseThrow());
        assertEquals("Harbour News Service", Datelines.parse("EASTPORT (Harbour News Service) — Cranes were fixed")
                .orElseThrow().agency());
    }

    @Test
    void anUnlistedCreditNeedsTheDatelineForm() {
        assertTrue(Datelines.parse("The Harbour Board (Eastport) - met on Friday").isEmpty());
        assertTrue(Datelines.parse("EASTPORT (updated at noon) - The terminal reopened").isEmpty());
    }
}
