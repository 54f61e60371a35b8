package org.dossier.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval extraction DIR}: article-body extraction quality and speed on HTML pages,
 * by the benchmark's own metric, beside its published figures and beside the Java extractors a
 * user would otherwise pick (Readability4J, boilerpipe) run on the same pages in the same JVM.
 */
@Command(name = "extraction",
        mixinStandardHelpOptions = true,
        description = {"Article extraction from HTML: precision, recall, F1 by the benchmark's own metric,",
            "pages per second and peak heap, beside published figures and Java baselines."},
        footer = {"", "Examples:",
            "  dossier eval extraction ../shared/bench/article-extraction",
            "  dossier eval extraction --trafilatura ../shared/bench/trafilatura-eval --json",
            "  dossier eval extraction --trafilatura --no-baselines --misses ../shared/bench/trafilatura-eval"})
public final class ExtractionEval implements Evaluation {
    @Parameters(index = "0", paramLabel = "DIR", description = "benchmark folder")
    Path dir;

    @Option(names = "--trafilatura", description = "DIR is the trafilatura evaluation (must-keep / must-drop segments)")
    boolean trafilatura;

    @Option(names = "--json", description = "print one JSON object of figures")
    boolean json;

    @Option(names = "--no-baselines", description = "measure Dossier only")
    boolean noBaselines;

    @Option(names = "--threads", description = "extraction threads (default: available processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "timed rounds per extractor; the median is reported (default: 3)")
    int rounds = 3;

    @Option(names = "--no-articles-path", description = "skip the end-to-end row (pages read from files, corpus evidence)")
    boolean noArticlesPath;

    @Option(names = "--dump", paramLabel = "OUT", description = "write Dossier's text for each page into OUT")
    Path dump;

    @Option(names = "--misses", description = {"after the figures, list Dossier's missed and unwanted segments",
        "(--trafilatura) or its pages below a perfect score, worst first, with each page's half"})
    boolean misses;

    @Override
    public Integer call() throws Exception {
        BenchmarkScorer scorer = trafilatura ? new SegmentScorer(dir) : new ShingleScorer(dir);
        List<BenchmarkPage> pages = scorer.pages();
        List<Extractor> extractors = new ArrayList<>(List.of(new DossierExtractor()));
        if (!noBaselines) {
            extractors.add(new Readability4jExtractor());
            extractors.add(new BoilerpipeExtractor());
        }
        List<ExtractionRun> runs = new ArrayList<>();
        for (Extractor e : extractors) runs.add(ExtractionRun.run(e, pages, Math.max(1, threads), rounds));
        if (!noArticlesPath) runs.add(1, ArticlesPathRun.run(pages, Math.max(1, threads), rounds));
        if (dump != null) dump(pages, runs.get(0));
        report(scorer, pages, runs).print(System.out, json);
        if (misses && !json) Misses.print(scorer, pages, runs.get(0).outputs(), System.out);
        return 0;
    }

    private EvalReport report(BenchmarkScorer scorer, List<BenchmarkPage> pages, List<ExtractionRun> runs)
            throws IOException {
        EvalReport r = new EvalReport(scorer.title() + " (" + pages.size() + " pages, " + threads + " threads, median of "
                + Math.max(1, rounds) + " rounds)");
        r.header("extractor", "precision", "recall", "F1", "pages/s", "pages/cpu-s", "peak heap MB", "failed", "F1 ratio",
                "speed ratio wall", "speed ratio cpu");
        ExtractionRun ours = runs.get(0);
        Quality q = scorer.score(pages, ours.outputs());
        r.figure("pages", pages.size()).figure("precision", q.precision()).figure("recall", q.recall())
                .figure("f1", q.f1()).figure("pages_per_second", ours.pagesPerSecond())
                .figure("pages_per_cpu_second", ours.pagesPerCpuSecond())
                .figure("peak_heap_mb", ours.peakHeapMb()).figure("failed_pages", ours.failures())
                .figure("threads", threads).figure("rounds", Math.max(1, rounds));
        halves(r, scorer, pages, ours);
        for (ExtractionRun run : runs) {
            Quality rq = run == ours ? q : scorer.score(pages, run.outputs());
            boolean baseline = run != ours && !run.extractor().equals(ArticlesPathRun.NAME);
            r.row(run.extractor(), fmt(rq.precision()), fmt(rq.recall()), fmt(rq.f1()),
                    String.format(Locale.ROOT, "%.1f", run.pagesPerSecond()),
                    String.format(Locale.ROOT, "%.1f", run.pagesPerCpuSecond()),
                    String.format(Locale.ROOT, "%.0f", run.peakHeapMb()), String.valueOf(run.failures()),
                    baseline ? ratio(q.f1(), rq.f1()) : "",
                    baseline ? ratio(ours.pagesPerSecond(), run.pagesPerSecond()) : "",
                    baseline ? ratio(ours.pagesPerCpuSecond(), run.pagesPerCpuSecond()) : "");
            if (!baseline && run != ours) {
                r.figure("articles_path_f1", rq.f1()).figure("articles_path_pages_per_second", run.pagesPerSecond())
                        .figure("articles_path_pages_per_cpu_second", run.pagesPerCpuSecond())
                        .figure("articles_path_peak_heap_mb", run.peakHeapMb());
            } else if (baseline) {
                String k = run.extractor();
                r.figure(k + "_precision", rq.precision()).figure(k + "_recall", rq.recall()).figure(k + "_f1", rq.f1())
                        .figure(k + "_pages_per_second", run.pagesPerSecond())
                        .figure(k + "_pages_per_cpu_second", run.pagesPerCpuSecond())
                        .figure(k + "_peak_heap_mb", run.peakHeapMb())
                        .figure("f1_ratio_to_" + k, q.f1() / Math.max(1e-9, rq.f1()))
                        .figure("speed_ratio_to_" + k, ours.pagesPerSecond() / Math.max(1e-9, run.pagesPerSecond()))
                        .figure("cpu_speed_ratio_to_" + k,
                                ours.pagesPerCpuSecond() / Math.max(1e-9, run.pagesPerCpuSecond()));
            }
        }
        for (Published p : scorer.published()) {
            r.row(p.name() + " (published)", p.precision() == null ? "" : fmt(p.precision()),
                    p.recall() == null ? "" : fmt(p.recall()), fmt(p.f1()), "", "", "", "", ratio(q.f1(), p.f1()), "", "");
            r.figure("published_" + p.key() + "_f1", p.f1());
        }
        for (Quality stored : scorer.storedOutputs(pages)) {
            r.row(stored.name() + " (stored output, rescored)", fmt(stored.precision()), fmt(stored.recall()),
                    fmt(stored.f1()), "", "", "", "", "", "", "");
        }
        return r;
    }

    /** Dossier's figures on the development and the held-out half of the pages, side by side. */
    private static void halves(EvalReport r, BenchmarkScorer scorer, List<BenchmarkPage> pages, ExtractionRun ours) {
        for (boolean heldOut : new boolean[] {false, true}) {
            List<BenchmarkPage> half = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                if (scorer.heldOut(pages.get(i)) != heldOut) continue;
                half.add(pages.get(i));
                outputs.add(ours.outputs().get(i));
            }
            if (half.isEmpty()) continue;
            Quality q = scorer.score(half, outputs);
            String key = heldOut ? "held_out" : "development";
            r.row(ours.extractor() + " (" + key.replace('_', '-') + " half, " + half.size() + " pages)",
                    fmt(q.precision()), fmt(q.recall()), fmt(q.f1()), "", "", "", "", "", "", "");
            r.figure(key + "_f1", q.f1());
        }
    }

    private void dump(List<BenchmarkPage> pages, ExtractionRun run) throws IOException {
        Files.createDirectories(dump);
        for (int i = 0; i < pages.size(); i++) {
            String name = pages.get(i).id().replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
            String text = run.outputs().get(i);
            Files.writeString(dump.resolve(name), text == null ? "" : text);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String ratio(double ours, double theirs) {
        return theirs <= 0 ? "" : String.format(Locale.ROOT, "%.2fx", ours / theirs);
    }
}
