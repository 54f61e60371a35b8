package org.dossier.formats.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.formats.Fixtures;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.parse.MetadataField;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.RawDocument;
import org.junit.jupiter.api.Test;

class OfficeDocumentParserTest {
    private final OfficeDocumentParser parser = new OfficeDocumentParser();

    @Test
    void docxParagraphsAndProperties() throws Exception {
        byte[] docx = Fixtures.docx();
        assertEquals(MediaTypeDetector.DOCX, new MediaTypeDetector().detect("upload.bin", docx));
        ParsedDocument doc = parser.parse(RawDocument.of("f.docx", MediaTypeDetector.DOCX, docx));
        assertEquals(List.of("The island ferry will sail twice a day from March.",
                "Operators blamed a shortage of crew for the cut."), texts(doc));
        assertEquals("body>p", doc.blocks().get(0).path());
        assertTrue(doc.metadata().stream().anyMatch(c -> c.field() == MetadataField.AUTHOR && c.value().equals("Lena Okafor")));
        assertTrue(doc.metadata().stream().anyMatch(c -> c.field() == MetadataField.TITLE
                && c.value().equals("Ferry timetable changes")));
    }

    @Test
    void odtHeadingsAndParagraphs() throws Exception {
        byte[] odt = Fixtures.odt();
        assertEquals(MediaTypeDetector.ODT, new MediaTypeDetector().detect("upload.bin", odt));
        ParsedDocument doc = parser.parse(RawDocument.of("f.odt", MediaTypeDetector.ODT, odt));
        assertEquals(List.of("School roof repaired", "Pupils returned to the east wing on Monday.",
                "The council paid for the work from its reserve fund."), texts(doc));
        assertEquals(BlockKind.HEADING, doc.blocks().get(0).kind());
        assertEquals(BlockKind.PARAGRAPH, doc.blocks().get(1).kind());
    }

    @Test
    void aDamagedDocumentIsRejected() throws Exception {
        byte[] docx = Fixtures.docx();
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 3);
        ParseException e = assertThrows(ParseException.class,
                () -> parser.parse(RawDocument.of("f.docx", MediaTypeDetector.DOCX, cut)));
        assertTrue(e.getMessage().startsWith("damaged or unreadable Word document"), e.getMessage());
    }

    private static List<String> texts(ParsedDocument doc) {
        return doc.blocks().stream().map(Block::text).map(t -> t.text()).toList();
    }
}
