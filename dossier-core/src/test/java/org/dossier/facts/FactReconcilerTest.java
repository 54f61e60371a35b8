package org.dossier.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.model.Citation;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class FactReconcilerTest {
    private static final Slot SLOT = new Slot("people", "death", "");

    private static Claim claim(String article, double value, Approximation a, int day, boolean revision) {
        QuantityMention q = new QuantityMention(new Span(0, 1), "x", value, value, a, null, "people");
        LocalDate reported = day == 0 ? null : LocalDate.of(2026, 1, day);
        return new Claim(article, q, SLOT, false, null, reported, null, revision);
    }

    private static String status(Claim... claims) {
        return FactReconciler.acrossSources("s", List.of(claims), c -> List.of(new Citation(c.article(), c.quantity().span())))
                .status();
    }

    @Test
    void aLaterReportThatSaysTheFigureRoseIsAnUpdate() {
        assertEquals("updated", status(claim("a", 3, Approximation.EXACT, 1, false), claim("b", 6, Approximation.EXACT, 2, true)));
        assertEquals("compatible", status(claim("a", 3, Approximation.AT_LEAST, 1, false), claim("b", 6, Approximation.EXACT, 2, true)));
    }

    @Test
    void aLaterDifferentFigureWithoutRevisionWordsIsAConflict() {
        assertEquals("conflict", status(claim("a", 17, Approximation.EXACT, 1, false), claim("b", 12, Approximation.EXACT, 3, false)));
    }

    @Test
    void oneSourceGivingTwoFiguresSideBySideIsAConflict() {
        assertEquals("conflict", status(claim("a", 4100, Approximation.EXACT, 1, false), claim("a", 2600, Approximation.EXACT, 1, false),
                claim("b", 2600, Approximation.ABOUT, 1, false)));
    }

    @Test
    void differentPrecisionIsCompatibleAndCopiesOfOneSourceAreSingle() {
        assertEquals("compatible", status(claim("a", 400, Approximation.ABOUT, 0, false), claim("b", 350, Approximation.MORE_THAN, 0, false)));
        assertEquals("single", status(claim("a", 400, Approximation.ABOUT, 0, false), claim("a", 400, Approximation.ABOUT, 0, false)));
        assertEquals("agree", status(claim("a", 9, Approximation.EXACT, 0, false), claim("b", 9, Approximation.EXACT, 0, false)));
    }
}
