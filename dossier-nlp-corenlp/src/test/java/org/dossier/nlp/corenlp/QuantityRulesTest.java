package org.dossier.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.junit.jupiter.api.Test;

/** Numbers bound to what they count, one pattern per test, on sentences written for the test. */
class QuantityRulesTest {
    private static QuantityMention only(String text) {
        List<QuantityMention> qs = WarmAnnotator.annotate(text).quantities();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    @Test
    void countWithAdjective() {
        QuantityMention q = only("The authorities released 140 jailed journalists on Monday.");
        assertEquals(140, q.value());
        assertEquals(Approximation.EXACT, q.approximation());
        assertEquals("jailed journalist", q.counted());
    }

    @Test
    void qualifiers() {
        assertEquals(Approximation.MORE_THAN, only("Police detained more than 310 protesters.").approximation());
        assertEquals(Approximation.MORE_THAN, only("The fire destroyed over 75 homes.").approximation());
        assertEquals(Approximation.AT_LEAST, only("At least 12 miners were trapped.").approximation());
        assertEquals(Approximation.ABOUT, only("Nearly 900 runners finished the race.").approximation());
    }

    @Test
    void vagueAmounts() {
        QuantityMention dozens = only("Dozens of fishermen protested at the port.");
        assertEquals(Approximation.VAGUE, dozens.approximation());
        assertEquals("fisherman", dozens.counted());
        QuantityMention hundreds = only("The group says hundreds of families lost their homes.");
        assertTrue(hundreds.value() >= 200 && hundreds.max() < 1000, hundreds.toString());
        QuantityMention tens = only("Tens of thousands of voters marched on the square.");
        assertEquals(20000, tens.value());
    }

    @Test
    void scaleWordsPercentAndMoney() {
        QuantityMention people = only("The region is home to 4.2 million people.");
        assertEquals(4_200_000, people.value(), 1e-6);
        assertEquals("people", people.counted());
        QuantityMention pct = only("Inflation reached 7.5% in the spring.");
        assertEquals("%", pct.unit());
        assertEquals(7.5, pct.value());
        QuantityMention eur = only("The bank lent 250 million euros to the city.");
        assertEquals("EUR", eur.unit());
        assertEquals(2.5e8, eur.value());
        assertEquals("USD", only("The firm paid $3 billion for the mine.").unit());
        assertEquals(4.5e9, only("The group sold its stake for £4.5bn last year.").value(), 1);
        assertEquals(7.2e7, only("Investors lost $72m in the collapse.").value(), 1);
    }

    @Test
    void ranges() {
        QuantityMention q = only("Between 30 and 45 trucks crossed the border each day.");
        assertEquals(Approximation.RANGE, q.approximation());
        assertEquals(30, q.value());
        assertEquals(45, q.max());
    }

    @Test
    void yearsDatesAndCompoundAdjectivesAreNotCounts() {
        List<QuantityMention> qs = WarmAnnotator.annotate(
                "In 2019 the one-time champion retired; on March 3, 2021 she returned.").quantities();
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aPluralEndsTheCountedPhraseAndCodesAreNotCounts() {
        QuantityMention q = only("Over the last two years Ruritania paid its debts.");
        assertEquals("year", q.counted());
        assertTrue(WarmAnnotator.annotate("The G-7 finance chiefs met in Paris.").quantities().isEmpty());
        assertEquals("USD", only("The bank arranged a 300 mln dlr loan.").unit());
    }
}
