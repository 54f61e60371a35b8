package org.dossier.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.parse.MetadataField;
import org.dossier.parse.ParsedDocument;
import org.dossier.parse.ParserRegistry;
import org.dossier.source.RawDocument;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
    private final HtmlParser parser = new HtmlParser();

    static ParsedDocument parse(String html) {
        return new HtmlParser().parse(RawDocument.of("page.html", "text/html", html.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(ParsedDocument doc) {
        return doc.blocks().stream().map(b -> b.text().text()).collect(Collectors.joining("\n"));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = HtmlParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsTheArticleAndDropsEveryKindOfBoilerplate() throws IOException {
        String body = text(parse(fixture("news-page.html")));
        for (String kept : List.of("opened to traffic again on Tuesday morning", "takings fell by a third",
                "What changed", "added sensors that report strain", "lose public trust for a decade",
                "raised back to 40 tonnes", "Cable replacement 8", "Night closures for painting work")) {
            assertTrue(body.contains(kept), "missing body text: " + kept + "\n" + body);
        }
        for (String dropped : List.of("We use cookies", "Home", "Share on Facebook", "By Mara Lindqvist",
                "Photo: Town Archive", "Advertisement", "Sign up for our newsletter", "Tags:", "Related stories",
                "Ferry timetable", "detour through the estate was a nightmare", "town fair", "All rights reserved",
                "Privacy policy", "never shown", "Harbour bridge reopens after repairs")) {
            assertFalse(body.contains(dropped), "boilerplate kept: " + dropped + "\n" + body);
        }
    }

    @Test
    void blocksCarryKindPathAndLinkDensity() throws IOException {
        List<Block> blocks = parse(fixture("news-page.html")).blocks();
        assertEquals(BlockKind.HEADING, find(blocks, "What changed").kind());
        assertEquals(BlockKind.QUOTE, find(blocks, "lose public trust").kind());
        assertEquals(BlockKind.LIST_ITEM, find(blocks, "40 tonnes").kind());
        assertEquals(BlockKind.TABLE, find(blocks, "Load testing").kind());
        Block first = find(blocks, "opened to traffic");
        assertEquals(BlockKind.PARAGRAPH, first.kind());
        assertTrue(first.path().endsWith("article.post>div.entry-content>p"), first.path());
        assertEquals(0.0, first.linkDensity());
    }

    @Test
    void everyBlockMapsBackToItsRawText() throws IOException {
        String html = fixture("news-page.html");
        ParsedDocument doc = parse(html);
        assertEquals(html, doc.rawText());
        for (Block b : doc.blocks()) {
            Span span = b.text().rawSpan(0, b.text().length());
            String raw = doc.rawText().substring(span.start(), span.end());
            String firstWord = b.text().text().split("\\s+")[0];
            assertTrue(raw.startsWith(firstWord), "block starts at the wrong raw offset: " + raw);
            for (int i = 0; i < b.text().length(); i++) {
                char c = b.text().charAt(i);
                if (Character.isLetterOrDigit(c)) assertEquals(c, doc.rawText().charAt(b.text().rawOffset(i)));
            }
        }
    }

    @Test
    void entitiesMapToTheirReference() {
        String html = "<html><body><article><p>Fish &amp; chips cost &pound;5 at the caf&eacute; on the pier, "
                + "a price that has not changed in years according to the owner.</p></article></body></html>";
        ParsedDocument doc = parse(html);
        Block b = doc.blocks().get(0);
        assertTrue(b.text().text().startsWith("Fish & chips cost £5 at the café"));
        int amp = b.text().text().indexOf('&');
        assertEquals(html.indexOf("&amp;"), b.text().rawOffset(amp));
        int chips = b.text().text().indexOf("chips");
        assertEquals(html.indexOf("chips"), b.text().rawOffset(chips));
        int pound = b.text().text().indexOf('£');
        assertEquals(html.indexOf("&pound;"), b.text().rawOffset(pound));
    }

    @Test
    void deeplyNestedAndBrokenMarkupStillYieldsText() {
        String sentence = "The ferry kept running through the storm, and every crossing left on time despite the wind.";
        String nested = "<div>".repeat(3000) + "<p>" + sentence + "</p>" + "</div>".repeat(3000);
        assertTrue(text(parse("<html><body>" + nested + "</body></html>")).contains(sentence));
        String broken = "<html><body><div class=story><p>" + sentence + "<p>Second unclosed paragraph about the "
                + "harbour master, who said the new schedule would hold for the whole winter.<div><b><i>stray";
        String out = text(parse(broken));
        assertTrue(out.contains(sentence) && out.contains("harbour master"), out);
    }

    @Test
    void emptyAndTextlessPagesGiveNoBlocks() {
        assertTrue(parse("").blocks().isEmpty());
        assertTrue(parse("<html><head><title>t</title></head><body><script>x()</script></body></html>").blocks().isEmpty());
    }

    @Test
    void metadataCandidatesComeFromTheHead() throws IOException {
        ParsedDocument doc = parse(fixture("news-page.html"));
        assertTrue(doc.metadata().stream().anyMatch(m -> m.field() == MetadataField.TITLE
                && m.value().equals("Harbour bridge reopens after repairs")));
    }

    @Test
    void registeredForHtmlMediaTypes() {
        ParserRegistry registry = ParserRegistry.loadInstalled();
        assertInstanceOf(HtmlParser.class, registry.forType("text/html").orElseThrow());
        assertInstanceOf(HtmlParser.class, registry.forType("application/xhtml+xml").orElseThrow());
        assertEquals(parser.mediaTypes(), java.util.Set.of("text/html", "application/xhtml+xml"));
    }

    static Block find(List<Block> blocks, String fragment) {
        return blocks.stream().filter(b -> b.text().text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no block contains " + fragment));
    }
}
