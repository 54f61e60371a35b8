package org.dossier.eval.dedup;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.dossier.dedup.DedupConfig;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval dedup-speed}: runs {@link DedupSpeedBenchmark} under JMH (ours, the Lucene
 * MinHashFilter baseline and exact all-pairs Jaccard on a sample, in one run) and measures the heap
 * of a detector holding a million articles.
 */
@Command(name = "dedup-speed", mixinStandardHelpOptions = true,
        description = {"Duplicate detection speed (JMH) beside Lucene MinHashFilter and exact all-pairs,",
            "and the heap a million articles take. Bar: >= 20,000 articles/s."},
        footer = {"", "Examples:", "  dossier eval dedup-speed ../shared/corpora", "  dossier eval dedup-speed ../shared/corpora --iterations 3 --json"})
public final class DedupSpeedEvaluation implements Evaluation {
    @Parameters(arity = "0..1", description = "the corpora folder (reuters21578/, bbc/); default ../shared/corpora")
    Path corpora = Path.of("../shared/corpora");

    @Option(names = "--json", description = "print one JSON object of figures")
    boolean json;

    @Option(names = "--articles", description = "articles for the heap probe (default ${DEFAULT-VALUE})")
    int heapArticles = 1_000_000;

    @Option(names = "--iterations", description = "JMH measurement iterations (default ${DEFAULT-VALUE})")
    int iterations = 3;

    @Override
    public Integer call() throws Exception {
        String dir = corpora.toAbsolutePath().normalize().toString();
        System.setProperty(SpeedCorpus.PROPERTY, dir);
        int corpusSize = SpeedCorpus.texts().size();
        Options options = new OptionsBuilder()
                .include(DedupSpeedBenchmark.class.getName() + "\\.")
                .forks(1)
                .jvmArgs("-Xmx2g", "-D" + SpeedCorpus.PROPERTY + "=" + dir)
                .warmupIterations(1).warmupTime(TimeValue.seconds(5))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(5))
                .verbosity(json ? VerboseMode.SILENT : VerboseMode.NORMAL)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> secondsPerRun = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            secondsPerRun.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        double ours = corpusSize / secondsPerRun.get("ours");
        double lucene = corpusSize / secondsPerRun.get("lucene");
        double exact = corpusSize / secondsPerRun.get("exactAllPairs");
        DedupSpeedBenchmark inProcess = new DedupSpeedBenchmark();
        inProcess.load();
        double oursCpu = CpuTimer.articlesPerCpuSecond(inProcess::runOurs, corpusSize);
        double luceneCpu = CpuTimer.articlesPerCpuSecond(inProcess::runLucene, corpusSize);
        HeapProbe.Result heap = HeapProbe.measure(heapArticles, DedupConfig.standard());

        EvalReport report = new EvalReport("Duplicate detection speed: signatures + candidate search, one thread, "
                + corpusSize + " Reuters-21578 and BBC articles (JMH, AverageTime)");
        report.header("method", "articles/s (JMH, wall)", "ours / it", "articles per CPU-second", "ours / it");
        report.row("ours (MinHash 128, LSH 32x4, containment sample, verification)", fmt(ours), "1.00", fmt(oursCpu), "1.00");
        report.row("Lucene 9.12 MinHashFilter chain + same banding", fmt(lucene), String.format("%.2f", ours / lucene),
                fmt(luceneCpu), String.format("%.2f", oursCpu / luceneCpu));
        report.row("exact all-pairs (prefix filtering), containment >= 0.8", fmt(exact),
                String.format("%.2f", ours / exact), "-", "-");
        report.figure("articles_per_second", Math.round(ours));
        report.figure("lucene_articles_per_second", Math.round(lucene));
        report.figure("exact_all_pairs_articles_per_second", Math.round(exact));
        report.figure("ratio_to_lucene", ours / lucene);
        report.figure("articles_per_cpu_second", Math.round(oursCpu));
        report.figure("lucene_articles_per_cpu_second", Math.round(luceneCpu));
        report.figure("load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.figure("heap_articles", heap.articles());
        report.figure("heap_mb", Math.round(heap.heapMb()));
        report.figure("heap_bytes_per_article", Math.round(heap.bytesPerArticle()));
        report.figure("heap_index_postings", heap.postings());
        report.figure("heap_probe_articles_per_second", Math.round(heap.articles() / heap.seconds()));
        report.figure("cores", Runtime.getRuntime().availableProcessors());
        report.figure("note", "JMH measures wall time, which other processes on these cores inflate (see load_average);"
                + " CPU-second figures time this thread's own CPU use, best of 5 passes after 3 warm-up passes");
        report.print(System.out, json);
        return 0;
    }

    private static String fmt(double v) {
        return String.format("%,.0f", v);
    }
}
