package org.dossier.formats.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.formats.Fixtures;
import org.dossier.source.Hints;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.Problem;
import org.dossier.source.RawDocument;
import org.dossier.source.Sources;
import org.dossier.source.UrlFetcher;
import org.junit.jupiter.api.Test;

class FeedContainerReaderTest {
    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(String name, byte[] feed) {
        Sources sources = new Sources(new MediaTypeDetector(), List.of(new FeedContainerReader()),
                UrlFetcher.standard(1 << 20), 1 << 20);
        sources.read(name, new ByteArrayInputStream(feed), problems::add, docs::add);
    }

    @Test
    void rssItemsBecomeHtmlDocumentsWithTheirHints() {
        read("herald.xml", Fixtures.rss());
        assertEquals(List.of("herald.xml#item=1", "herald.xml#item=3"), docs.stream().map(RawDocument::source).toList());
        RawDocument first = docs.get(0);
        assertEquals(MediaTypeDetector.HTML, first.mediaType());
        assertTrue(new String(first.content(), StandardCharsets.UTF_8).startsWith("<p>The lighthouse on the north pier"));
        assertEquals("https://herald.example/lighthouse", first.url());
        assertEquals("Lighthouse relit", first.hint(Hints.TITLE));
        assertEquals("2025-03-04T10:15:00Z", first.hint(Hints.DATE));
        assertEquals("Sam Hale", first.hint(Hints.AUTHORS));
        assertEquals("Harbour Herald", first.hint(Hints.OUTLET));
        assertEquals("en-gb", first.hint(Hints.LANGUAGE));
        assertEquals("The lighthouse shines again.", first.hint(Hints.DESCRIPTION));
        assertEquals("<p>The Saturday market moves to the quay.</p>", new String(docs.get(1).content(), StandardCharsets.UTF_8));
        assertEquals(1, problems.size());
        assertEquals("herald.xml#item=2", problems.get(0).source());
        assertTrue(problems.get(0).reason().contains("Headline only"));
    }

    @Test
    void atomEntriesInADeclaredCharset() {
        read("dale.atom", Fixtures.atom());
        assertEquals(List.of(), problems);
        RawDocument entry = docs.get(0);
        assertEquals("Caf\u00e9 reopens", entry.hint(Hints.TITLE));
        assertEquals("2025-03-04T08:00:00Z", entry.hint(Hints.DATE));
        assertEquals("Iris Vale", entry.hint(Hints.AUTHORS));
        assertEquals("<p>The caf\u00e9 by the bridge reopened after repairs.</p>", new String(entry.content(), StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenFeedIsOneProblem() {
        read("broken.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</ti".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), docs);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().contains("not a readable feed"), problems.toString());
    }
}
