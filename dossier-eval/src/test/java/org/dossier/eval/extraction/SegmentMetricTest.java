package org.dossier.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

class SegmentMetricTest {
    @Test
    void whitespaceIsNormalizedOnBothSides() {
        SegmentMetric.Counts c = SegmentMetric.count(List.of("the  bridge\nreopened", "missing words"),
                List.of("Share\u00a0this", "Impressum"), "The day the bridge reopened.\n\nShare this page");
        assertEquals(new SegmentMetric.Counts(1, 1, 1, 1), c);
    }

    @Test
    void aFailedExtractionFindsNothing() {
        assertEquals(new SegmentMetric.Counts(0, 0, 2, 1), SegmentMetric.count(List.of("a", "b"), List.of("c"), null));
    }

    @Test
    void scoresFollowTheConfusionMatrix() {
        SegmentMetric.Counts c = new SegmentMetric.Counts(8, 2, 2, 8);
        assertEquals(0.8, c.precision(), 1e-12);
        assertEquals(0.8, c.recall(), 1e-12);
        assertEquals(0.8, c.f1(), 1e-12);
        assertEquals(0.8, c.accuracy(), 1e-12);
    }

    @Test
    void theSharedBenchmarkLoadsAndItsNullHypothesesScoreAsExpected() throws Exception {
        Path bench = SharedData.require("bench/trafilatura-eval");
        SegmentScorer scorer = new SegmentScorer(bench);
        List<BenchmarkPage> pages = scorer.pages();
        assertEquals(990, pages.size());
        assertTrue(pages.stream().allMatch(p -> !p.with().isEmpty() && !p.without().isEmpty() && p.html().length > 0));
        List<String> nothing = new ArrayList<>();
        pages.forEach(p -> nothing.add(""));
        Quality none = scorer.score(pages, nothing);
        assertEquals(0.0, none.recall());
        assertFalse(none.f1() > 0);
    }
}
