package org.dossier.eval.extraction;

import java.io.IOException;
import java.util.List;

/** One benchmark: its pages, its metric, and the figures published for it. */
interface BenchmarkScorer {
    String title();

    List<BenchmarkPage> pages() throws IOException;

    /** Scores outputs (page order; {@code null} where the extractor failed) by the benchmark's metric. */
    Quality score(List<BenchmarkPage> pages, List<String> outputs);

    /**
     * Whether a page belongs to the held-out half: the pages rules were never developed on, so the
     * gap between the halves shows how far the rules fit the pages looked at.
     */
    boolean heldOut(BenchmarkPage page);

    /** Published results to print beside ours. */
    List<Published> published();

    /** Outputs of other tools stored with the benchmark, rescored by our metric (a check on the metric). */
    default List<Quality> storedOutputs(List<BenchmarkPage> pages) throws IOException {
        return List.of();
    }
}
