package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example corpus the repository ships, end to end through {@code dossier articles}: the
 * metadata and the cleaning that {@code examples/expected.md} asks for, one check per kind of mess.
 */
class ExampleCorpusArticlesTest {
    private static final Path STORY = Path.of("..", "examples", "story");
    private static final Map<String, JsonNode> BY_FILE = new HashMap<>();

    @BeforeAll
    static void runOnce() throws Exception {
        if (!Files.isDirectory(STORY)) return;
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            DossierCommand.commandLine().execute("articles", STORY.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList()) {
            JsonNode a = json.readTree(line);
            BY_FILE.put(Path.of(a.get("source").asText()).getFileName().toString(), a);
        }
    }

    private static JsonNode article(String file) {
        assumeTrue(Files.isDirectory(STORY), "examples/story not beside the module");
        JsonNode a = BY_FILE.get(file);
        assertTrue(a != null, file + " not among " + BY_FILE.keySet());
        return a;
    }

    private static void assertNoneOf(JsonNode a, String... residue) {
        String text = a.get("text").asText();
        for (String r : residue) assertFalse(text.contains(r), r + " in " + a.get("source"));
    }

    @Test
    void repairsReachTheTitle() {
        assertEquals("One dead, 14 injured as explosion hits Herøya chemical plant",
                article("nordic-ledger-scrape.jsonl#line=1").get("title").asText());
        assertEquals("Second worker dies after Herøya plant explosion", article("telemark-radio-update.txt").get("title").asText());
    }

    @Test
    void thePrintExportIsTitledByItsHeadlineAndCleaned() {
        JsonNode a = article("skagerrak-review-wire.pdf");
        assertEquals("Deadly blast rips through Herøya polymer plant", a.get("title").asText());
        assertEquals("Norlink", a.get("wire").asText());
        assertEquals(0, a.get("authors").size());
        assertEquals("Skagerrak Business Review", a.get("outlet").asText());
        assertNoneOf(a, "SKAGERRAK BUSINESS REVIEW", "Photo: Norlink", "Related:");
    }

    @Test
    void anUnlistedAgencyInBylineAndDatelineIsTheWire() {
        JsonNode a = article("grenland-courier-wire.html");
        assertEquals("Norlink", a.get("wire").asText());
        assertEquals(0, a.get("authors").size());
    }

    @Test
    void feedItemsNameTheOutletWithoutTaglineAndDropTeasers() {
        for (String item : List.of("grenland-today-feed.xml#item=1", "grenland-today-feed.xml#item=2")) {
            assertEquals("Grenland Today", article(item).get("outlet").asText());
        }
        assertNoneOf(article("grenland-today-feed.xml#item=1"), "Read the full story");
    }

    @Test
    void bylinesLicenceLinesFootersAndCaptionsAreNotBody() {
        assertNoneOf(article("chemwatch-closure.docx"), "Nordic correspondent", "subscriber copy");
        assertNoneOf(article("porsgrunn-weekly-safety.odt"), "is published every", "Letters to the editor");
        assertNoneOf(article("telemark-radio-update.txt"), "Flowers and candles", "Share this story");
        assertEquals(List.of("Lena Vik"), List.of(article("chemwatch-closure.docx").get("authors").get(0).asText()));
    }

    @Test
    void aPublishersNoteNamesTheOutletOfACopyWithoutMetadata() {
        assertEquals("Porsgrunn Weekly", article("porsgrunn-weekly-safety.odt").get("outlet").asText());
        assertEquals("ChemWatch Europe", article("chemwatch-closure.docx").get("outlet").asText());
    }
}
