package org.dossier.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.dossier.json.DossierJson;
import org.junit.jupiter.api.Test;

/** Mentions serialize with the project's one mapper: snake_case, ISO dates, spans as pairs. */
class TimeMentionJsonTest {
    @Test
    void serializesTheFieldsLaterStagesRead() throws Exception {
        TimeMention m = TemporalTagger.english().tag("Prices fell last year.", LocalDate.of(2026, 3, 20)).get(0);
        JsonNode json = DossierJson.mapper().valueToTree(m);
        assertEquals("2025", json.get("value").asText());
        assertEquals("2026-03-20", json.get("anchor").asText());
        assertEquals("ANCHOR_OFFSET", json.get("basis").asText());
        assertEquals(12, json.get("span").get(0).asInt());
        assertEquals(21, json.get("span").get(1).asInt());
        assertFalse(json.has("reading"));
    }
}
