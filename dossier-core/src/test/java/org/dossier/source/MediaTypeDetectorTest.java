package org.dossier.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class MediaTypeDetectorTest {
    private final MediaTypeDetector detector = new MediaTypeDetector();

    private String detect(String name, String content) {
        return detector.detect(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void contentWinsOverTheName() {
        assertEquals(MediaTypeDetector.HTML, detect("saved.txt", "<!DOCTYPE html><html><body>x</body></html>"));
        assertEquals(MediaTypeDetector.PDF, detect("report.html", "%PDF-1.7\n%binary"));
        assertEquals(MediaTypeDetector.WARC, detect("crawl.txt", "WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
    }

    @Test
    void htmlFragmentsAndXhtmlAreHtml() {
        assertEquals(MediaTypeDetector.HTML, detect("a", "  <!-- saved --> <div class=\"story\"><p>Text</p></div>"));
        assertEquals(MediaTypeDetector.HTML, detect("a", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
        assertEquals(MediaTypeDetector.HTML, detect("a", "\uFEFF<html lang=en><head><title>t</title>"));
    }

    @Test
    void feedsByTheirRoot() {
        assertEquals(MediaTypeDetector.RSS, detect("f", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"));
        assertEquals(MediaTypeDetector.ATOM, detect("f", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"));
        assertEquals(MediaTypeDetector.RSS, detect("f",
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"));
        assertEquals(MediaTypeDetector.XML, detect("f", "<?xml version=\"1.0\"?><inventory><item/></inventory>"));
    }

    @Test
    void jsonAgainstJsonLines() {
        assertEquals(MediaTypeDetector.JSON, detect("a", "{\n  \"title\": \"x\",\n  \"maintext\": \"y\"\n}\n"));
        assertEquals(MediaTypeDetector.JSON, detect("a", "[\n  {\"title\": \"x\"},\n  {\"title\": \"y\"}\n]"));
        assertEquals(MediaTypeDetector.JSON_LINES, detect("a", "{\"title\": \"x\"}\n{\"title\": \"y\"}\n"));
        assertEquals(MediaTypeDetector.JSON_LINES, detect("export.jsonl", "{\"title\": \"only one line so far"));
        assertEquals(MediaTypeDetector.TEXT, detect("a", "[Updated] The bridge reopened on Monday."));
    }

    @Test
    void markdownNeedsTwoKindsOfEvidenceOrTheName() {
        String md = "# Floods close the valley road\n\nThe **county** said [more here](https://example.org/a).\n";
        assertEquals(MediaTypeDetector.MARKDOWN, detect("story.txt", md));
        assertEquals(MediaTypeDetector.TEXT, detect("story.txt", "# of victims rose to 12 overnight.\nNo other change."));
        assertEquals(MediaTypeDetector.MARKDOWN, detect("story.md", "# Heading only\n\nPlain words follow."));
        assertEquals(MediaTypeDetector.TEXT, detect("story.md", "Plain words, nothing marked up."));
    }

    @Test
    void binaryJunkIsBinaryButUtf16WithBomIsText() {
        byte[] junk = new byte[600];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i * 37 + 11);
        assertEquals(MediaTypeDetector.BINARY, detector.detect("photo.txt", junk));
        byte[] utf16 = "\uFEFFPlain text in UTF-16".getBytes(StandardCharsets.UTF_16BE);
        assertEquals(MediaTypeDetector.TEXT, detector.detect("a", utf16));
    }

    @Test
    void gzipIsPeekedInto() throws IOException {
        assertEquals(MediaTypeDetector.WARC, detector.detect("x.gz", gzip("WARC/1.0\r\nWARC-Type: response\r\n")));
        assertEquals(MediaTypeDetector.GZIP, detector.detect("x.gz", gzip("<html><body>hi</body></html>")));
    }

    @Test
    void zipContainersAreToldApartByTheirEntries() throws IOException {
        assertEquals(MediaTypeDetector.DOCX, detector.detect("a.bin",
                zip("[Content_Types].xml", "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "wordprocessingml.document.main+xml\"/></Types>", "word/document.xml", "<w:document/>")));
        assertEquals(MediaTypeDetector.ODT, detector.detect("a.bin",
                zip("mimetype", MediaTypeDetector.ODT, "content.xml", "<office:document-content/>")));
        assertEquals(MediaTypeDetector.OTHER_OFFICE, detector.detect("a.bin",
                zip("[Content_Types].xml", "<Types>spreadsheetml</Types>", "xl/workbook.xml", "<w/>")));
        assertEquals(MediaTypeDetector.ZIP, detector.detect("pages.docx.zip", zip("one.html", "<html>", "two.txt", "t")));
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A zip of name/content pairs, in order. */
    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
