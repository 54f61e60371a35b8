package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dossier.parse.Block;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;
import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class ParseCacheTest {
    private static RawDocument doc(String source, String text) {
        return new RawDocument(source, "text/plain", text.getBytes(StandardCharsets.UTF_8), null, Map.of());
    }

    private static ParsedDocument parsed(String text) {
        return new ParsedDocument(text, List.of(Block.paragraph(MappedText.of(text))), List.of());
    }

    @Test
    void aParseIsHandedOutOnceToTheSameDocument() {
        ParseCache cache = new ParseCache(1 << 20);
        RawDocument d = doc("notes/harbour.txt", "The ferry left the harbour late.");
        ParsedDocument p = parsed("The ferry left the harbour late.");
        cache.put("a1", d, p);
        assertTrue(cache.take("a1", doc("notes/other.txt", "The ferry left the harbour late.")).isEmpty());
        assertEquals(p, cache.take("a1", d).orElseThrow());
        assertTrue(cache.take("a1", d).isEmpty());
    }

    @Test
    void parsesBeyondTheBudgetAreNotKept() {
        ParsedDocument p = parsed("A council vote was postponed until spring.");
        ParseCache cache = new ParseCache(ParseCache.estimate(p) + 10);
        cache.put("a1", doc("one.txt", "x"), p);
        cache.put("a2", doc("two.txt", "x"), p);
        assertTrue(cache.take("a1", doc("one.txt", "x")).isPresent());
        assertTrue(cache.take("a2", doc("two.txt", "x")).isEmpty());
        cache.put("a3", doc("three.txt", "x"), p);   // room again once a parse was taken
        assertTrue(cache.take("a3", doc("three.txt", "x")).isPresent());
    }

    @Test
    void theDefaultBudgetIsAnEighthOfTheHeapAtMost512MiB() {
        long budget = ParseCache.defaultBudget();
        assertTrue(budget <= 512L << 20);
        assertTrue(budget <= Runtime.getRuntime().maxMemory() / 8);
    }
}
