package org.dossier.formats.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dossier.formats.Fixtures;
import org.dossier.formats.Fixtures.Capture;
import org.dossier.source.Hints;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.Problem;
import org.dossier.source.RawDocument;
import org.dossier.source.Sources;
import org.dossier.source.UrlFetcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WarcContainerReaderTest {
    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(String name, byte[] warc) {
        Sources sources = new Sources(new MediaTypeDetector(), List.of(new WarcContainerReader()),
                UrlFetcher.standard(1 << 20), 1 << 20);
        sources.read(name, new ByteArrayInputStream(warc), problems::add, docs::add);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void htmlResponsesBecomeDocumentsWithCaptureHints(boolean gzip) throws Exception {
        Capture latin = new Capture("https://news.example/a", Instant.parse("2025-05-02T07:30:00Z"), 200,
                "text/html; charset=ISO-8859-1", "<html><body>Caf\u00e9</body></html>".getBytes(Charset.forName("ISO-8859-1")));
        Capture image = new Capture("https://news.example/logo.png", latin.date(), 200, "image/png", new byte[] {1, 2, 3});
        Capture missing = new Capture("https://news.example/gone", latin.date(), 404, "text/html", "<html>404</html>".getBytes(StandardCharsets.UTF_8));
        Capture second = Capture.html("https://news.example/b", "<html><body>Second</body></html>");
        String name = gzip ? "crawl.warc.gz" : "crawl.warc";
        read(name, Fixtures.warc(gzip, List.of(latin, image, missing, second)));
        assertEquals(List.of(), problems);
        assertEquals(2, docs.size());
        RawDocument a = docs.get(0);
        assertTrue(a.source().startsWith(name + "#offset="));
        assertEquals(MediaTypeDetector.HTML, a.mediaType());
        assertEquals("https://news.example/a", a.url());
        assertEquals("2025-05-02T07:30:00Z", a.hint(Hints.DATE));
        assertEquals("true", a.hint(Hints.DATE_IS_CAPTURE));
        assertEquals("ISO-8859-1", a.hint(Hints.CHARSET));
        assertEquals("<html><body>Caf\u00e9</body></html>", new String(a.content(), Charset.forName("ISO-8859-1")));
        assertEquals("https://news.example/b", docs.get(1).url());
    }

    @Test
    void aDamagedRecordIsSkippedAndTheRestKept() throws Exception {
        byte[] warc = Fixtures.warcWithDamagedRecord(
                List.of(Capture.html("https://news.example/1", "<html><body>One</body></html>")),
                List.of(Capture.html("https://news.example/2", "<html><body>Two</body></html>")));
        read("mixed.warc.gz", warc);
        assertEquals(List.of("https://news.example/1", "https://news.example/2"), docs.stream().map(RawDocument::url).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).source().startsWith("mixed.warc.gz#offset="), problems.toString());
        assertTrue(problems.get(0).reason().contains("https://damaged.example/x"), problems.toString());
    }

    @Test
    void aCorruptGzipMemberIsSkippedAndReadingResumesAtTheNext() throws Exception {
        byte[] a = Fixtures.warc(true, List.of(Capture.html("https://news.example/a", "<html><body>A</body></html>")));
        byte[] b = Fixtures.warc(true, List.of(Capture.html("https://news.example/b",
                "<html><body>" + "Bee ".repeat(300) + "</body></html>")));
        byte[] c = Fixtures.warc(true, List.of(Capture.html("https://news.example/c", "<html><body>C</body></html>")));
        for (int i = b.length - 60; i < b.length - 30; i++) b[i] ^= 0x5a;   // damage the last member of b
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.write(a);
        all.write(b);
        all.write(c);
        read("crawl.warc.gz", all.toByteArray());
        assertEquals(List.of("https://news.example/a", "https://news.example/c"), docs.stream().map(RawDocument::url).toList(), problems.toString());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().startsWith("damaged record, skipped"), problems.toString());
        long offset = Long.parseLong(problems.get(0).source().substring("crawl.warc.gz#offset=".length()));
        assertTrue(offset > a.length && offset < a.length + b.length, problems.toString());
        long cOffset = Long.parseLong(docs.get(1).source().substring("crawl.warc.gz#offset=".length()));
        assertTrue(cOffset > a.length + b.length, "offsets count compressed bytes: " + docs.get(1).source());
    }

    @Test
    void aGzipFileCutShortKeepsTheRecordsBeforeTheCut() throws Exception {
        byte[] warc = Fixtures.warc(true, List.of(
                Capture.html("https://news.example/1", "<html><body>One</body></html>"),
                Capture.html("https://news.example/2", "<html><body>" + "Two ".repeat(500) + "</body></html>")));
        read("cut.warc.gz", java.util.Arrays.copyOf(warc, warc.length - 40));
        assertEquals(List.of("https://news.example/1"), docs.stream().map(RawDocument::url).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().contains("the file ends inside"), problems.toString());
    }

    @Test
    void aTruncatedFileKeepsTheRecordsBeforeTheCut() throws Exception {
        byte[] warc = Fixtures.warc(false, List.of(
                Capture.html("https://news.example/1", "<html><body>One</body></html>"),
                Capture.html("https://news.example/2", "<html><body>" + "Two ".repeat(500) + "</body></html>")));
        read("cut.warc", java.util.Arrays.copyOf(warc, warc.length - 800));
        assertEquals(List.of("https://news.example/1"), docs.stream().map(RawDocument::url).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().startsWith("unreadable after 1 document"), problems.toString());
    }
}
