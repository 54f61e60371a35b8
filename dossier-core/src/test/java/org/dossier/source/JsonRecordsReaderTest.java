package org.dossier.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordsReaderTest {
    private final Sources sources = new Sources(new MediaTypeDetector(), List.of(new JsonRecordsReader()),
            UrlFetcher.standard(1024), 1024);

    private Collected read(String name, String content) {
        Collected c = new Collected();
        sources.read(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), c, c);
        return c;
    }

    @Test
    void aCorruptLineIsSkippedAndTheLinesAfterItAreKept() {
        String jsonl = "{\"title\": \"Bridge closed\", \"maintext\": \"The bridge closed.\", \"url\": \"https://a.example/1\"}\n"
                + "{\"title\": \"Broken\", \"maintext\": \"unterminated\n"
                + "\n"
                + "[1, 2]\n"
                + "{\"title\": \"Bridge reopened\", \"maintext\": \"It reopened.\"} trailing\n"
                + "{\"title\": \"Bridge repaired\", \"maintext\": \"Repairs ended.\"}\n";
        Collected c = read("export.jsonl", jsonl);
        assertEquals(List.of("export.jsonl#line=1", "export.jsonl#line=6"), c.sources());
        assertEquals(MediaTypeDetector.NEWS_RECORD, c.docs.get(0).mediaType());
        assertEquals("https://a.example/1", c.docs.get(0).url());
        assertTrue(c.problemFor("export.jsonl#line=2").reason().startsWith("malformed JSON"));
        assertTrue(c.problemFor("export.jsonl#line=4").reason().contains("a JSON array"));
        assertTrue(c.problemFor("export.jsonl#line=5").reason().startsWith("malformed JSON"));
        assertEquals(3, c.problems.size());
        assertEquals("{\"title\": \"Bridge repaired\", \"maintext\": \"Repairs ended.\"}",
                new String(c.docs.get(1).content(), StandardCharsets.UTF_8), "lines are kept as they arrived");
    }

    @Test
    void anOverlongLineIsReportedNotHeld() {
        String jsonl = "{\"maintext\": \"" + "x".repeat(5000) + "\"}\n{\"maintext\": \"short\"}\n";
        Collected c = read("big.jsonl", jsonl);
        assertEquals(List.of("big.jsonl#line=2"), c.sources());
        assertTrue(c.problemFor("big.jsonl#line=1").reason().startsWith("too large"));
    }

    @Test
    void arraysAndSingleRecords() {
        Collected array = read("all.json", "[{\"maintext\": \"one\"}, {\"maintext\": \"two\"}, 7]");
        assertEquals(List.of("all.json#item=1", "all.json#item=2"), array.sources());
        assertTrue(array.problemFor("all.json#item=3").reason().contains("a JSON number"));
        Collected single = read("one.json", "{\n  \"maintext\": \"only\"\n}\n");
        assertEquals(List.of("one.json"), single.sources());
    }

    @Test
    void aSyntaxErrorInAJsonArrayKeepsTheRecordsBeforeIt() {
        Collected c = read("cut.json", "[{\"maintext\": \"one\"}, {\"maintext\": \"tw");
        assertEquals(List.of("cut.json#item=1"), c.sources());
        assertTrue(c.problemFor("cut.json").reason().startsWith("unreadable after 1 document"), c.problemLines().toString());
    }
}
