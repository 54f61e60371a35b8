package org.dossier.parse.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.parse.Block;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.RawDocument;
import org.junit.jupiter.api.Test;

class NewsRecordParserTest {
    private static final String RECORD = "{\"authors\": [\"Ana Ruiz\", \"Tom Berg\"], \"date_download\": "
            + "\"2025-02-03 09:00:00\", \"date_publish\": \"2025-02-02 18:30:00\", \"description\": \"Crews worked "
            + "overnight.\", \"language\": \"en\", \"source_domain\": \"valleynews.example\", \"title\": \"Levee holds "
            + "as river peaks\", \"url\": \"https://valleynews.example/levee\", \"maintext\": \"The levee held "
            + "on Sunday.\\nOfficials said \\\"no breach\\\" was found \\u2014 for now.\\n\\nEvacuees may return.\", "
            + "\"image_url\": null, \"extra\": {\"title\": \"nested, ignored\"}}";

    private ParsedDocument parse(String json) throws ParseException {
        return new NewsRecordParser().parse(RawDocument.of("x.jsonl#line=1", MediaTypeDetector.NEWS_RECORD,
                json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void maintextLinesBecomeBlocksMappedThroughTheEscapes() throws ParseException {
        ParsedDocument doc = parse(RECORD);
        List<String> texts = doc.blocks().stream().map(b -> b.text().text()).toList();
        assertEquals(List.of("The levee held on Sunday.", "Officials said \"no breach\" was found \u2014 for now.",
                "Evacuees may return."), texts);
        Block second = doc.blocks().get(1);
        String raw = doc.rawText();
        int quote = second.text().text().indexOf('"');
        assertEquals("\\\"", raw.substring(second.text().rawOffset(quote), second.text().rawOffset(quote) + 2));
        int dash = second.text().text().indexOf('\u2014');
        assertEquals("\\u2014", raw.substring(second.text().rawOffset(dash), second.text().rawOffset(dash) + 6));
        assertEquals(raw.indexOf("Evacuees"), doc.blocks().get(2).text().rawOffset(0));
        assertEquals("json:maintext", second.path());
    }

    @Test
    void fieldsBecomeMetadataCandidates() throws ParseException {
        List<MetadataCandidate> md = parse(RECORD).metadata();
        assertEquals(List.of("Levee holds as river peaks"), values(md, MetadataField.TITLE));
        assertEquals(List.of("Ana Ruiz", "Tom Berg"), values(md, MetadataField.AUTHOR));
        assertEquals(List.of("2025-02-02 18:30:00"), values(md, MetadataField.PUBLISHED), "download date is not publication");
        assertEquals(List.of("valleynews.example"), values(md, MetadataField.SITE_NAME));
        assertEquals(List.of("https://valleynews.example/levee"), values(md, MetadataField.URL));
        assertEquals(List.of("en"), values(md, MetadataField.LANGUAGE));
        assertTrue(md.stream().allMatch(c -> c.origin().startsWith("news-please:")));
    }

    @Test
    void descriptionIsTheLastResortAndNoTextIsAnError() throws ParseException {
        assertEquals("Only a teaser.", parse("{\"title\": \"T\", \"description\": \"Only a teaser.\"}")
                .blocks().get(0).text().text());
        ParseException e = assertThrows(ParseException.class, () -> parse("{\"title\": \"Headline only\"}"));
        assertTrue(e.getMessage().startsWith("no article text in the record"));
        assertThrows(ParseException.class, () -> parse("{\"maintext\": \"cut"));
    }

    private static List<String> values(List<MetadataCandidate> md, MetadataField field) {
        return md.stream().filter(c -> c.field() == field).map(MetadataCandidate::value).toList();
    }
}
