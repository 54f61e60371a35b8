package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.json.DossierJson;
import org.dossier.model.DossierReport;
import org.dossier.testkit.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderersTest {
    @TempDir
    Path out;

    private final DossierReport report = SampleReports.strike();

    private String render(String format) throws IOException {
        Path file = Renderers.forFormat(format).orElseThrow().render(report, out);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void htmlCitationsCarryTheExactSpanAndTheSourceTextIsEmbedded() throws IOException {
        String html = render("html");
        int start = SampleReports.A1_TEXT.indexOf("4,000 members");
        assertTrue(html.contains("data-article=\"a1\" data-start=\"" + start + "\" data-end=\"" + (start + 13) + "\""), "citation span");
        assertTrue(html.contains("<span class=\"badge conflict\">conflict</span>"));
        assertTrue(html.contains("id=\"dossier-sources\""));
        assertFalse(html.contains("<script src="), "self-contained: no external scripts");
        assertTrue(html.contains("exact copy of 2"), "the copy names its canonical source");
        assertTrue(html.contains("2 independent sources"));
        assertTrue(html.contains("1 event ·"));
        assertTrue(html.contains("junk.pdf"), "rejected inputs are listed");
    }

    @Test
    void htmlEscapesSourceText() throws IOException {
        String html = render("html");
        assertTrue(html.contains("&quot;We will stay out"));
        assertFalse(html.contains("</script><"), "no premature script end inside embedded JSON");
    }

    @Test
    void markdownHasTimelineFactTableAndNumberedSources() throws IOException {
        String md = render("md");
        assertTrue(md.contains("| 2023-03 | An earlier stoppage lasted nine days. | [1](#source-1"), md);
        assertTrue(md.contains("| number of workers on strike | **conflict** | 4,000 [1](#source-1 \"4,000 members\")"), md);
        assertTrue(md.contains("copy of [2](#source-2)"), md);
    }

    @Test
    void factsCsvHasOneRowPerCitedValueWithQuotedCells() throws IOException {
        List<String> lines = render("csv").lines().toList();
        assertEquals("event_id,event_title,event_date,fact,status,value,normalized,article,outlet,span_start,span_end,cited_words", lines.get(0));
        assertEquals(1 + 1 + 2 + 2, lines.size(), "header + 4000 + 3500 twice + Monday twice");
        assertTrue(lines.get(1).startsWith("e1,Dock workers strike at Valmora port,2024-05-13,number of workers on strike,conflict,\"4,000\",4000,a1,Valmora Herald,"));
    }

    @Test
    void timelineJsKeepsDatePrecision() throws IOException {
        JsonNode root = DossierJson.mapper().readTree(render("timelinejs"));
        JsonNode first = root.get("events").get(0).get("start_date");
        assertEquals("2023", first.get("year").asText());
        assertEquals("3", first.get("month").asText());
        assertFalse(first.has("day"));
        assertEquals("13", root.get("events").get(1).get("start_date").get("day").asText());
    }

    @Test
    void newsPleaseAndJsonLdExports() throws IOException {
        List<String> lines = render("news-please").lines().toList();
        assertEquals(3, lines.size());
        JsonNode first = DossierJson.mapper().readTree(lines.get(0));
        assertEquals(SampleReports.A1_TEXT, first.get("maintext").asText());
        assertEquals("2024-05-13 00:00:00", first.get("date_publish").asText());
        JsonNode ld = DossierJson.mapper().readTree(render("jsonld"));
        assertEquals("NewsArticle", ld.get("@graph").get(0).get("@type").asText());
        assertEquals("Coast Wire", ld.get("@graph").get(1).get("sourceOrganization").get("name").asText());
    }
}
