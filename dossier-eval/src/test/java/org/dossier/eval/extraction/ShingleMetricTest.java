package org.dossier.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
    @Test
    void tokensFollowPythonsUnicodeWordClass() {
        assertEquals(List.of("Café", "naïve", "2026", "snake_case", "東京", "x²"),
                ShingleMetric.tokens("Café—naïve, 2026! snake_case 東京 x²"));
        // combining marks are not word characters in Python's \w: "e" + U+0301 splits
        assertEquals(List.of("cafe", "x"), ShingleMetric.tokens("cafe\u0301x"));
    }

    @Test
    void shortTextsAreOneShingleAndEmptyTextsNone() {
        assertEquals(Map.of("a\u0000b", 1), ShingleMetric.shingles("a b"));
        assertEquals(Map.of(), ShingleMetric.shingles("  ...  "));
        assertEquals(3, ShingleMetric.shingles("one two three four five six").size());
    }

    @Test
    void countsAreNormalizedPerPage() {
        // truth: 3 shingles; prediction: 4, two of them true; tp + fp + fn = 5
        ShingleMetric.Counts c = ShingleMetric.compare("a b c d e f", "b c d e f x y");
        assertEquals(2.0 / 5, c.tp(), 1e-12);
        assertEquals(2.0 / 5, c.fp(), 1e-12);
        assertEquals(1.0 / 5, c.fn(), 1e-12);
    }

    @Test
    void averagesSkipPagesWithoutPredictionOrTruth() {
        ShingleMetric.Counts perfect = ShingleMetric.compare("a b c d e", "a b c d e");
        ShingleMetric.Counts empty = ShingleMetric.compare("a b c d e", "");
        ShingleMetric.Score s = ShingleMetric.score(List.of(perfect, empty));
        assertEquals(1.0, s.precision(), 1e-12); // the empty prediction is not averaged into precision
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-12);
    }

    @Test
    void rescoringTheStoredOutputsReproducesThePublishedFigures() throws Exception {
        Path bench = SharedData.require("bench/article-extraction");
        ShingleScorer scorer = new ShingleScorer(bench);
        List<BenchmarkPage> pages = scorer.pages();
        assertEquals(181, pages.size());
        Map<String, Double> published = Map.of("trafilatura", 0.958, "readability_js", 0.947, "boilerpipe", 0.860,
                "newspaper", 0.949, "news_please", 0.948, "goose3", 0.896, "justext", 0.804, "html-text", 0.665);
        List<String> seen = new ArrayList<>();
        for (Quality q : scorer.storedOutputs(pages)) {
            Double expected = published.get(q.name());
            if (expected == null) continue;
            assertEquals(expected, q.f1(), 0.0005, q.name());
            seen.add(q.name());
        }
        assertEquals(published.size(), seen.size(), "stored outputs found: " + seen);
    }
}
