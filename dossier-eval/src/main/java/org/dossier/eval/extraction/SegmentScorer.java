package org.dossier.eval.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The trafilatura evaluation (990 pages, mostly German), scored by {@link SegmentMetric}. */
final class SegmentScorer implements BenchmarkScorer {
    private final Path dir;

    SegmentScorer(Path dir) {
        this.dir = dir;
    }

    /** The held-out half: files named from n to z. */
    @Override
    public boolean heldOut(BenchmarkPage page) {
        return !page.id().isEmpty() && Character.toLowerCase(page.id().charAt(0)) >= 'n';
    }

    @Override
    public String title() {
        return "Trafilatura evaluation, must-keep / must-drop segments";
    }

    @Override
    public List<BenchmarkPage> pages() throws IOException {
        return Benchmarks.trafilatura(dir);
    }

    @Override
    public Quality score(List<BenchmarkPage> pages, List<String> outputs) {
        SegmentMetric.Counts total = SegmentMetric.ZERO;
        for (int i = 0; i < pages.size(); i++) {
            BenchmarkPage p = pages.get(i);
            total = total.plus(SegmentMetric.count(p.with(), p.without(), outputs.get(i)));
        }
        return new Quality("", total.precision(), total.recall(), total.f1());
    }

    @Override
    public List<Published> published() {
        return List.of(
                new Published("trafilatura 2.2", "trafilatura", null, null, 0.924),
                new Published("justext", "justext", null, null, 0.862),
                new Published("news-please", "news_please", null, null, 0.836),
                new Published("readability-lxml", "readability_lxml", null, null, 0.826));
    }
}
