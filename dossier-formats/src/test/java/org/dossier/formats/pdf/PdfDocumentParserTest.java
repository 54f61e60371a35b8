package org.dossier.formats.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.formats.Fixtures;
import org.dossier.parse.Block;
import org.dossier.parse.MetadataField;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.RawDocument;
import org.junit.jupiter.api.Test;

class PdfDocumentParserTest {
    private final PdfDocumentParser parser = new PdfDocumentParser();

    private ParsedDocument parse(byte[] pdf) throws ParseException {
        return parser.parse(RawDocument.of("story.pdf", MediaTypeDetector.PDF, pdf));
    }

    @Test
    void blocksKeepTheirPageSoRunningHeadersAndPageNumbersCanBeFound() throws Exception {
        ParsedDocument doc = parse(Fixtures.pdf(null));
        List<Block> blocks = doc.blocks();
        List<String> page1 = texts(blocks, "page:1");
        List<String> page2 = texts(blocks, "page:2");
        assertEquals(Fixtures.PDF_HEADER, page1.get(0));
        assertEquals("1", page1.get(page1.size() - 1));
        assertEquals(Fixtures.PDF_HEADER, page2.get(0));
        assertEquals("2", page2.get(page2.size() - 1));
        assertTrue(page1.contains("Crews restored the pumping station on Thursday evening,\nthe utility said in a statement."),
                page1.toString());
        assertTrue(page2.contains("A second pump is due to be repaired next week."), page2.toString());
        for (Block b : blocks) {
            assertEquals(b.text().text(), doc.rawText().substring(b.text().rawOffset(0), b.text().rawOffset(b.text().length())));
        }
        assertTrue(doc.metadata().stream().anyMatch(c -> c.field() == MetadataField.TITLE
                && c.value().equals("Water returns to Millbrook")));
    }

    @Test
    void anEncryptedPdfIsRejectedWithAClearReason() throws IOException {
        ParseException e = assertThrows(ParseException.class, () -> parse(Fixtures.pdf("reader-secret")));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void aBrokenPdfIsRejectedWithAClearReason() throws IOException {
        byte[] good = Fixtures.pdf(null);
        byte[] junk = ("%PDF-1.7\n" + "garbage ".repeat(50)).getBytes(StandardCharsets.US_ASCII);
        ParseException e = assertThrows(ParseException.class, () -> parse(junk));
        assertTrue(e.getMessage().startsWith("damaged or unreadable PDF") || e.getMessage().startsWith("PDF has no"),
                e.getMessage());
        assertThrows(ParseException.class, () -> parse(java.util.Arrays.copyOf(good, 40)));
    }

    private static List<String> texts(List<Block> blocks, String path) {
        return blocks.stream().filter(b -> b.path().equals(path)).map(b -> b.text().text()).toList();
    }
}
