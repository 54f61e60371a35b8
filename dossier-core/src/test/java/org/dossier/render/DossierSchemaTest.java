package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.dossier.json.DossierJson;
import org.dossier.testkit.DossierSchema;
import org.dossier.testkit.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierSchemaTest {
    @TempDir
    Path out;

    private JsonNode written() throws IOException {
        Path file = Renderers.forFormat("json").orElseThrow().render(SampleReports.strike(), out);
        return DossierJson.mapper().readTree(file.toFile());
    }

    @Test
    void writtenDossierConformsToTheSchema() throws IOException {
        Set<?> errors = DossierSchema.violations(written());
        assertEquals(Set.of(), errors);
    }

    @Test
    void schemaRejectsABrokenContract() throws IOException {
        ObjectNode json = (ObjectNode) written();
        ((ObjectNode) json.get("events").get(0).get("facts").get(0)).put("status", "maybe");
        ((ArrayNode) json.get("quotes").get(0).get("span")).add(99);
        assertFalse(DossierSchema.violations(json).isEmpty());
    }
}
