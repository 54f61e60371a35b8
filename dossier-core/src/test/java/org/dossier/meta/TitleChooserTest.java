package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.text.MappedText;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class TitleChooserTest {
    @Test
    void aHeadlineReadFromTheTextTakesTheCleanersRepairs() {
        String raw = "Dam Opnes Today\n\nThe dam opened.";
        MappedText cleaned = MappedText.identity(raw, 0).replace(4, 9, "Opens");
        assertEquals("Dam Opens Today", TitleChooser.repaired(cleaned, new Span(0, 15)).orElseThrow());
    }

    @Test
    void noRepairWhenTheCleanerDroppedTheHeadline() {
        String raw = "Dam Opens Today\n\nThe dam opened.";
        MappedText cleaned = MappedText.identity(raw, 0).subSequence(17, raw.length());
        assertTrue(TitleChooser.repaired(cleaned, new Span(0, 15)).isEmpty());
    }

    @Test
    void aVisibleHeadlineIsTheCoreOfALongerTitleOnlyWhenItIsItsMainPart() {
        assertTrue(TitleChooser.isCoreOf("Dam opens after ten years", "Water: Dam opens after ten years"));
        assertTrue(!TitleChooser.isCoreOf("Valley Post", "Dam opens after ten years | Valley Post"));
    }
}
