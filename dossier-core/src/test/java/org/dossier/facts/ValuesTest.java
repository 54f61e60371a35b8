package org.dossier.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class ValuesTest {
    private static QuantityMention q(double v, double max, Approximation a, String unit) {
        return new QuantityMention(new Span(0, 1), "x", v, max, a, unit, "worker");
    }

    @Test
    void normalizesPrecisionAndUnits() {
        assertEquals("~400", Values.normalized(q(400, 400, Approximation.ABOUT, null)));
        assertEquals(">350", Values.normalized(q(350, 350, Approximation.MORE_THAN, null)));
        assertEquals("5.5%", Values.normalized(q(5.5, 5.5, Approximation.EXACT, "%")));
        assertEquals("24-99", Values.normalized(q(24, 99, Approximation.VAGUE, null)));
    }

    @Test
    void differentPrecisionIsCompatibleDisjointValuesAreNot() {
        assertTrue(Values.overlap(q(400, 400, Approximation.ABOUT, null), q(350, 350, Approximation.MORE_THAN, null)));
        assertTrue(Values.overlap(q(3, 9, Approximation.VAGUE, null), q(5, 5, Approximation.EXACT, null)));
        assertFalse(Values.overlap(q(4100, 4100, Approximation.EXACT, null), q(2600, 2600, Approximation.EXACT, null)));
        assertFalse(Values.overlap(q(24, 99, Approximation.VAGUE, null), q(6, 6, Approximation.EXACT, null)));
    }
}
