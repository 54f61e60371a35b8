package org.dossier.eval.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.json.DossierJson;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MetadataEvaluationTest {
    @Test
    void goldSetIsCompleteAndCoversEveryField() throws Exception {
        GoldSet gold = GoldSet.builtIn();
        assertTrue(gold.entries().size() >= 25);
        for (GoldSet.Entry e : gold.entries()) assertTrue(gold.bytes(e).length > 0, e.file());
        assertTrue(gold.entries().stream().anyMatch(e -> e.expected().wire() != null));
        assertTrue(gold.entries().stream().anyMatch(e -> e.expected().title() == null));
        assertTrue(gold.entries().stream().anyMatch(e -> e.mediaType().equals("text/plain")));
        assertTrue(gold.entries().stream().anyMatch(e -> e.mediaType().equals("text/html")));
    }

    @Test
    void printsPerFieldAccuracyAsJson() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            code = new CommandLine(new MetadataEvaluation()).execute("--json");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code);
        JsonNode figures = DossierJson.mapper().readTree(buffer.toString(StandardCharsets.UTF_8));
        for (String field : Fields.NAMES) {
            double v = figures.path(field + "_accuracy").asDouble(-1);
            assertTrue(v >= 0 && v <= 1, field);
        }
        // a regression guard: the rules were written for these cases, so nearly all must hold
        assertTrue(figures.path("overall_accuracy").asDouble() >= 0.9, figures.toString());
        assertTrue(figures.path("overall_accuracy").asDouble() > figures.path("baseline_overall_accuracy").asDouble());
    }

    @Test
    void fieldComparisonIgnoresCaseAndPunctuationButNotWords() {
        assertTrue(FieldMatch.sameText("Dam opens – at last", "dam opens - at last"));
        assertFalse(FieldMatch.sameText("Dam opens", "Dam closes"));
        assertTrue(FieldMatch.samePeople(List.of("Jane Doe", "John Roe"), List.of("john roe", "Jane Doe")));
        assertEquals(List.of("Anna Beispiel", "Jonas Muster"), FieldMatch.splitPeople("Anna Beispiel und Jonas Muster"));
    }
}
