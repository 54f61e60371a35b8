package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.clean.CleanFixtures;
import org.junit.jupiter.api.Test;

class LeadingCaptionFilterTest {
    private final LeadingCaptionFilter filter = new LeadingCaptionFilter();
    private static final String LEAD = "The port authority closed the northern terminal on Monday after a storm damaged "
            + "two of its loading cranes, a spokesman said.";

    @Test
    void dropsAPresentTenseCaptionAtTheTop() {
        String text = "Dock workers gather outside the closed terminal in Eastport on Monday.\n\n" + LEAD;
        assertEquals(List.of(LEAD), CleanFixtures.run(filter, text));
    }

    @Test
    void keepsAPastTenseLead() {
        String text = "Dock workers gathered outside the closed terminal.\n\n" + LEAD;
        assertEquals(2, CleanFixtures.run(filter, text).size());
    }

    @Test
    void keepsAReportedLeadWhoseReportedWordsHoldASceneVerb() {
        String text = "The harbour master told the inquiry on Tuesday that the owner had asked the crew to leave "
                + "the damaged cranes out of the safety report.\n\n" + LEAD;
        assertEquals(2, CleanFixtures.run(filter, text).size());
    }

    @Test
    void dropsAParticipleCaptionAtTheTop() {
        String text = "Sandbags piled outside the ferry office in Eastport.\n\n" + LEAD;
        assertEquals(List.of(LEAD), CleanFixtures.run(filter, text));
    }

    @Test
    void keepsALeadWithAParticipleAndAFiniteVerb() {
        String text = "Sandbags were left outside the ferry office.\n\n" + LEAD;
        assertEquals(2, CleanFixtures.run(filter, text).size());
        String lead = "The ferry left at dawn.\n\n" + LEAD;
        assertEquals(2, CleanFixtures.run(filter, lead).size());
    }
}
