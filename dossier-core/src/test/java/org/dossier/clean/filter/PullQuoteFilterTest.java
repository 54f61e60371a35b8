package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.clean.CleanFixtures;
import org.junit.jupiter.api.Test;

class PullQuoteFilterTest {
    private final PullQuoteFilter filter = new PullQuoteFilter();

    @Test
    void dropsAShortBlockRepeatedInsideTheBody() {
        String body = "Since the new berth opened in June, the port has handled twice as many containers, "
                + "according to figures published by the authority.";
        String text = "Cranes were repaired within a week.\n\n\u201cSince the new berth opened in June, the port has handled "
                + "twice as many containers\u201d\n\nThe union welcomed the repairs.\n\n" + body;
        assertEquals(List.of("Cranes were repaired within a week.", "The union welcomed the repairs.", body),
                CleanFixtures.run(filter, text));
    }

    @Test
    void dropsTheSecondOfTwoIdenticalParagraphs() {
        String p = "The council will vote on the harbour budget next month.";
        assertEquals(List.of(p, "Other text follows here."), CleanFixtures.run(filter, p + "\n\n" + p + "\n\nOther text follows here."));
    }

    @Test
    void keepsShortHeadingsThatAppearInsideProse() {
        String text = "Repairs\n\nRepairs to the pier began on Monday.";
        assertEquals(2, CleanFixtures.run(filter, text).size());
    }
}
