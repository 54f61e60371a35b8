package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class UnicodeNormalizerTest {
    @Test
    void normalizesOddSpacesAndInvisibleCharacters() {
        MappedText raw = MappedText.of("a\u00a0b\u2009c\u200bd co\u00adoperate  e \t\r\n\uFB01sh");
        MappedText out = UnicodeNormalizer.normalize(raw);
        assertEquals("a b cd cooperate e\nfish", out.text());
    }

    @Test
    void keepsQuotesDashesAndC1Controls() {
        String s = "\u201cQuiet,\u201d she said \u2014 it\u2019s late \u0092";
        assertEquals(s, UnicodeNormalizer.normalize(MappedText.of(s)).text());
    }

    @Test
    void keepsOneSpaceOfIndentationAndTheRawOffsets() {
        MappedText out = UnicodeNormalizer.normalize(MappedText.of("end.\n   Next\u200b word"));
        assertEquals("end.\n Next word", out.text());
        assertEquals(14, out.rawOffset(out.text().indexOf("word")));
    }
}
