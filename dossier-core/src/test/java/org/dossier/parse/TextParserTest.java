package org.dossier.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.source.RawDocument;
import org.junit.jupiter.api.Test;

class TextParserTest {
    @Test
    void paragraphsAreSplitOnBlankLinesAndMappedToRawOffsets() throws ParseException {
        String raw = "Harbour reopens\n\n  The port reopened on Monday.\nShips queued.\n \n\nLast line";
        ParsedDocument parsed = new TextParser().parse(
                RawDocument.of("t.txt", "text/plain", raw.getBytes(StandardCharsets.UTF_8)));
        List<Block> blocks = parsed.blocks();
        assertEquals(3, blocks.size());
        assertEquals("The port reopened on Monday.\nShips queued.", blocks.get(1).text().text());
        assertEquals(raw.indexOf("The port"), blocks.get(1).text().rawOffset(0));
        assertEquals("Last line", blocks.get(2).text().text());
    }
}
