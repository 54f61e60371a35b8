package org.dossier.eval.annotate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Annotators;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval annotate-speed REUTERS_DIR}: pipeline load time, warm articles per second
 * and peak heap of the installed annotator on Reuters-21578 story bodies, against the targets of
 * 20 s load and 10 articles/s. Wall-clock figures read low while other processes share the
 * machine, so the annotating thread's CPU time is reported beside them.
 */
@Command(name = "annotate-speed", mixinStandardHelpOptions = true,
        description = "Annotator load time, warm articles/s and peak heap on Reuters-21578 bodies.",
        footer = {"", "Examples:", "  dossier eval annotate-speed ../shared/corpora/reuters21578", "  dossier eval annotate-speed ../shared/corpora/reuters21578 --articles 200 --json"})
public final class AnnotateSpeedEvaluation implements Evaluation {
    private static final double TARGET_ARTICLES_PER_SECOND = 10;
    private static final double TARGET_LOAD_SECONDS = 20;
    private static final int WARM_UP = 20;

    @Parameters(paramLabel = "REUTERS_DIR", description = "folder of reut2-*.sgm files (../shared/corpora/reuters21578)")
    Path dir;

    @Option(names = "--articles", description = "articles to time after warm-up (default ${DEFAULT-VALUE})")
    int articles = 300;

    @Option(names = "--json", description = "print one JSON object of figures")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<String> bodies = ReutersBodies.read(dir, articles + WARM_UP);
        Annotator annotator = Annotators.installed()
                .orElseThrow(() -> new IllegalStateException("no annotator on the class path (dossier-nlp-corenlp)"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long loadCpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        annotator.annotate(GoldCorpus.article("load", "Loading starts here."));
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        double loadCpuSeconds = (threads.getCurrentThreadCpuTime() - loadCpu0) / 1e9;
        for (int i = 0; i < Math.min(WARM_UP, bodies.size()); i++) annotator.annotate(GoldCorpus.article("w" + i, bodies.get(i)));
        List<String> timed = bodies.subList(Math.min(WARM_UP, bodies.size()), bodies.size());
        long chars = 0;
        int mentions = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        for (int i = 0; i < timed.size(); i++) {
            var a = annotator.annotate(GoldCorpus.article("r" + i, timed.get(i)));
            chars += timed.get(i).length();
            mentions += a.entities().size() + a.quantities().size() + a.quotes().size();
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double perSecond = timed.size() / seconds;
        long t2 = System.nanoTime();
        timed.parallelStream().forEach(body -> annotator.annotate(GoldCorpus.article("p", body)));
        double parallelPerSecond = timed.size() / ((System.nanoTime() - t2) / 1e9);
        long peakHeapMb = peakHeapBytes() / (1024 * 1024);
        new EvalReport("Annotate speed (" + annotator.name() + ", " + timed.size() + " Reuters articles, "
                + Runtime.getRuntime().availableProcessors() + " cores)")
                .header("figure", "measured", "target", "ratio")
                .row("load seconds", fmt(loadSeconds), fmt(TARGET_LOAD_SECONDS), fmt(TARGET_LOAD_SECONDS / loadSeconds))
                .row("load CPU seconds", fmt(loadCpuSeconds), fmt(TARGET_LOAD_SECONDS),
                        fmt(TARGET_LOAD_SECONDS / loadCpuSeconds))
                .row("warm articles/s", fmt(perSecond), fmt(TARGET_ARTICLES_PER_SECOND),
                        fmt(perSecond / TARGET_ARTICLES_PER_SECOND))
                .row("warm articles/s, all cores", fmt(parallelPerSecond), fmt(TARGET_ARTICLES_PER_SECOND),
                        fmt(parallelPerSecond / TARGET_ARTICLES_PER_SECOND))
                .row("warm articles per CPU second", fmt(timed.size() / cpuSeconds), fmt(TARGET_ARTICLES_PER_SECOND),
                        fmt(timed.size() / cpuSeconds / TARGET_ARTICLES_PER_SECOND))
                .figure("articles", timed.size())
                .figure("load_seconds", loadSeconds)
                .figure("load_cpu_seconds", loadCpuSeconds)
                .figure("articles_per_second", perSecond)
                .figure("articles_per_second_all_cores", parallelPerSecond)
                .figure("articles_per_cpu_second", timed.size() / cpuSeconds)
                .figure("chars_per_second", chars / seconds)
                .figure("mentions", mentions)
                .figure("peak_heap_mb", peakHeapMb)
                .print(System.out, json);
        return 0;
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static String fmt(double v) {
        return String.format("%.2f", v);
    }
}
