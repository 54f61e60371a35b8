package org.dossier.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The article-extraction benchmark (181 news pages with true bodies), scored by {@link ShingleMetric}. */
final class ShingleScorer implements BenchmarkScorer {
    private final Path dir;

    ShingleScorer(Path dir) {
        this.dir = dir;
    }

    /** The held-out half: ids are hex digests: those from 8 to f. */
    @Override
    public boolean heldOut(BenchmarkPage page) {
        return !page.id().isEmpty() && "89abcdef".indexOf(Character.toLowerCase(page.id().charAt(0))) >= 0;
    }

    @Override
    public String title() {
        return "Article extraction benchmark, 4-word-shingle metric";
    }

    @Override
    public List<BenchmarkPage> pages() throws IOException {
        return Benchmarks.articleExtraction(dir);
    }

    @Override
    public Quality score(List<BenchmarkPage> pages, List<String> outputs) {
        List<ShingleMetric.Counts> counts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String truth = pages.get(i).truth();
            String out = outputs.get(i);
            counts.add(ShingleMetric.compare(truth == null ? "" : truth, out == null ? "" : out));
        }
        ShingleMetric.Score s = ShingleMetric.score(counts);
        return new Quality("", s.precision(), s.recall(), s.f1());
    }

    @Override
    public List<Published> published() {
        return List.of(
                new Published("trafilatura 2.0", "trafilatura", null, null, 0.958),
                new Published("newspaper4k", "newspaper4k", null, null, 0.949),
                new Published("news-please", "news_please", null, null, 0.948),
                new Published("readability.js", "readability_js", null, null, 0.947),
                new Published("goose3", "goose3", null, null, 0.896),
                new Published("boilerpipe (2019)", "boilerpipe", null, null, 0.860),
                new Published("justext", "justext", null, null, 0.804),
                new Published("all text (html-text)", "all_text", null, null, 0.665));
    }

    @Override
    public List<Quality> storedOutputs(List<BenchmarkPage> pages) throws IOException {
        Path outDir = dir.resolve("output");
        if (!Files.isDirectory(outDir)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.list(outDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Quality> out = new ArrayList<>();
        for (Path f : files) {
            Map<String, String> bodies = Benchmarks.storedOutput(f);
            List<String> outputs = new ArrayList<>();
            for (BenchmarkPage p : pages) outputs.add(bodies.getOrDefault(p.id(), ""));
            Quality q = score(pages, outputs);
            String name = f.getFileName().toString().replaceFirst("\\.json$", "");
            out.add(new Quality(name, q.precision(), q.recall(), q.f1()));
        }
        return out;
    }
}
