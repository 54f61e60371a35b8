package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.clean.CleanFixtures;
import org.junit.jupiter.api.Test;

class HeadlineFilterTest {
    private final HeadlineFilter filter = new HeadlineFilter();
    private static final String BODY = "The northern terminal reopened on Friday after four days of repairs to its cranes.";

    @Test
    void dropsAHeadlineShapedFirstBlock() {
        assertEquals(List.of(BODY), CleanFixtures.run(filter, "Eastport Terminal Reopens After Storm Repairs\n\n" + BODY));
    }

    @Test
    void keepsAFirstParagraphThatIsASentence() {
        String text = "Cranes were back in service early on Friday.\n\n" + BODY;
        assertEquals(2, CleanFixtures.run(filter, text).size());
    }

    @Test
    void keepsAShortTextWithoutBody() {
        assertEquals(List.of("Storm update"), CleanFixtures.run(filter, "Storm update"));
    }
}
