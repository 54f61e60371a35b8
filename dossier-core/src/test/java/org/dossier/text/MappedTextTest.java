package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MappedTextTest {
    @Test
    void replacementKeepsTheMapOfTheUntouchedText() {
        String raw = "The mayor ann-\nounced a plan.";
        MappedText t = MappedText.of(raw);
        int hyphen = raw.indexOf("-\n");
        MappedText joined = t.replace(hyphen, hyphen + 2, "");
        assertEquals("The mayor announced a plan.", joined.text());
        int plan = joined.text().indexOf("plan");
        assertEquals(raw.indexOf("plan"), joined.rawOffset(plan));
        Span rawSpan = joined.rawSpan(joined.text().indexOf("announced"), joined.text().indexOf("announced") + 9);
        assertEquals("ann-\nounced", raw.substring(rawSpan.start(), rawSpan.end()));
    }

    @Test
    void compactMapAgreesWithPerCharacterMap() {
        MappedText a = MappedText.identity("first", 10);
        MappedText b = MappedText.identity("second", 40);
        MappedText joined = a.append(MappedText.synthetic(" ", 15)).append(b);
        OffsetMap map = joined.offsetMap();
        for (int i = 0; i < joined.length(); i++) {
            assertEquals(joined.rawOffset(i), map.toRaw(i), "offset " + i);
        }
        assertEquals(new Span(40, 46), map.toRaw(new Span(6, 12)));
    }

    @Test
    void stripAndSubSequenceKeepOffsets() {
        MappedText t = MappedText.identity("  body  ", 5).strip();
        assertEquals("body", t.text());
        assertEquals(7, t.rawOffset(0));
        assertEquals(11, t.rawOffset(t.length()));
    }
}
