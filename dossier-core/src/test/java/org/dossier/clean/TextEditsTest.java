package org.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class TextEditsTest {
    @Test
    void appliesEditsInOnePassAndKeepsRawOffsets() {
        MappedText t = MappedText.of("a **bold** move");
        MappedText out = new TextEdits(t).delete(2, 4).delete(8, 10).apply();
        assertEquals("a bold move", out.text());
        assertEquals(4, out.rawOffset(2));   // 'b' still points at its raw place
        assertEquals(11, out.rawOffset(7));  // 'm' after the deleted marks
    }

    @Test
    void replacementsMapOntoTheRegionTheyReplace() {
        MappedText t = MappedText.of("x \u00e2\u20ac\u2122 y");
        MappedText out = new TextEdits(t).replace(2, 5, "\u2019").apply();
        assertEquals("x \u2019 y", out.text());
        assertEquals(2, out.rawOffset(2));
        assertEquals(6, out.rawOffset(4));
    }

    @Test
    void noEditsGivesTheSameText() {
        MappedText t = MappedText.of("unchanged");
        assertSame(t, new TextEdits(t).apply());
    }

    @Test
    void overlappingEditsAreRefused() {
        MappedText t = MappedText.of("abcdef");
        assertThrows(IllegalStateException.class, () -> new TextEdits(t).delete(1, 4).delete(2, 5).apply());
    }
}
