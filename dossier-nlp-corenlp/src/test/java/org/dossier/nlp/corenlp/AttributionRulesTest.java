package org.dossier.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.annotate.Attribution;
import org.junit.jupiter.api.Test;

/** Reported attribution without quotation marks, on sentences written for the test. */
class AttributionRulesTest {
    private static boolean has(String text, String source, String cue) {
        List<Attribution> as = WarmAnnotator.annotate(text).attributions();
        return as.stream().anyMatch(a -> a.source().equals(source) && a.cue().equals(cue));
    }

    @Test
    void accordingTo() {
        assertTrue(has("Forty ships were stuck in the canal, according to the port authority.", "the port authority",
                "according to"));
    }

    @Test
    void closingFrameWithNominalSource() {
        assertTrue(has("The talks will resume in Geneva next month, a European diplomat said.", "a European diplomat",
                "said"));
    }

    @Test
    void closingFrameWithNamedSource() {
        assertTrue(has("Three reporters were detained overnight, the rights group Amnesty International reported.",
                "the rights group Amnesty International", "reported"));
    }

    @Test
    void openingFrameWithThat() {
        assertTrue(has("Governor Ellen Park announced that the dam would be rebuilt.", "Governor Ellen Park", "announced"));
    }
}
