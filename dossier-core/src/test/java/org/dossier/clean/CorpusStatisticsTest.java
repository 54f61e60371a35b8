package org.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dossier.parse.Block;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;
import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class CorpusStatisticsTest {
    private static RawDocument page(String url) {
        return new RawDocument(url, "text/plain", "x".getBytes(StandardCharsets.UTF_8), url, Map.of());
    }

    private static ParsedDocument parsed(String... paragraphs) {
        List<Block> blocks = java.util.Arrays.stream(paragraphs).map(p -> Block.paragraph(MappedText.of(p))).toList();
        return new ParsedDocument(String.join("\n\n", paragraphs), blocks, List.of());
    }

    @Test
    void countsLinesPerOutletOncePerDocument() {
        CorpusStatistics stats = new CorpusStatistics();
        stats.add(page("https://www.harbour-news.example/a"), parsed("Follow us on the radio", "Ferry fares rise.", "Follow us on the radio"));
        stats.add(page("https://harbour-news.example/b"), parsed("Follow us on the radio!", "Tide tables change."));
        stats.add(page("https://other.example/c"), parsed("Follow us on the radio"));
        assertEquals(2, stats.documents("harbour-news.example"));
        assertEquals(2, stats.documentsWithLine("harbour-news.example", LineKey.of("follow us on the radio")));
        assertEquals(1, stats.documentsWithLine("other.example", LineKey.of("Follow us on the radio")));
        assertEquals(3, stats.documentsWithWord("radio"));
        assertEquals(4, stats.wordCount("radio"));
    }

    @Test
    void frozenEvidenceAnswersTheSameAndTakesNoMoreDocuments() {
        CorpusStatistics stats = new CorpusStatistics();
        stats.add(page("https://harbour-news.example/a"), parsed("Follow us on the radio", "Ferry fares rise."));
        stats.add(page("https://harbour-news.example/b"), parsed("Follow us on the radio"));
        CorpusEvidence frozen = stats.frozen();
        assertEquals(stats.documents("harbour-news.example"), frozen.documents("harbour-news.example"));
        assertEquals(2, frozen.documentsWithLine("harbour-news.example", LineKey.of("follow us on the radio")));
        assertEquals(2, frozen.documentsWithWord("radio"));
        assertEquals(1, frozen.wordCount("ferry"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> stats.add(page("https://harbour-news.example/c"), parsed("Tide tables change.")));
    }

    @Test
    void documentsWithoutOutletCountWordsOnly() {
        CorpusStatistics stats = new CorpusStatistics();
        RawDocument file = RawDocument.of("notes.txt", "text/plain", new byte[] {1});
        assertNull(CorpusGroups.of(file, parsed("Ferry fares rise.")));
        stats.add(file, parsed("Ferry fares rise."));
        assertEquals(1, stats.documentsWithWord("ferry"));
        assertEquals(0, stats.documents(null));
    }

    @Test
    void staysBoundedByForgettingSingletons() {
        CorpusStatistics stats = new CorpusStatistics(100, 50);
        for (int i = 0; i < 200; i++) {
            stats.add(page("https://site.example/" + i), parsed("Subscribe today", "Unique line number " + word(i)));
        }
        assertEquals(200, stats.documentsWithLine("site.example", LineKey.of("Subscribe today")));
        assertEquals(200, stats.documentsWithWord("subscribe"));
        assertEquals(0, stats.documentsWithWord(word(3)));   // a one-document word was forgotten
    }

    private static String word(int i) {
        StringBuilder sb = new StringBuilder();
        for (int n = i + 1; n > 0; n /= 26) sb.append((char) ('a' + n % 26));
        return "zz" + sb;
    }
}
