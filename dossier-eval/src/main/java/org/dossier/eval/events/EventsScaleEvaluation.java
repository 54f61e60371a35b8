package org.dossier.eval.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.light.LightAnnotator;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.dossier.event.ArticleProfile;
import org.dossier.event.DateValue;
import org.dossier.event.EventClusterer;
import org.dossier.event.Profiler;
import org.dossier.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval events-scale REUTERS_DIR [--sizes 10000,100000] [--json]}: the cost of adding
 * one article to the online event clusterer when it already holds N articles, measured on
 * Reuters-21578 with the light rule-based annotations, and how that cost grows from the first
 * size to the last. All-pairs clustering would score N pairs per added article; the candidate
 * search scores a bounded number.
 *
 * <p>Reuters has 21,578 articles; sizes beyond that reuse its profiles with publication and
 * happening dates moved by three years per pass and new ids, so every pass is a fresh set of
 * happenings (the date evidence keeps them out of the earlier passes' events) while the inverted
 * index and its posting lists keep growing as in a real archive. Annotation (light tagger, rules,
 * time tagger, profile) runs once per distinct article, on all cores, and its CPU time per article
 * is printed beside it.
 */
@Command(name = "events-scale", mixinStandardHelpOptions = true,
        description = "Cost per added article of online event clustering at growing corpus sizes (Reuters-21578).",
        footer = {"", "Examples:", "  dossier eval events-scale ../shared/corpora/reuters21578", "  dossier eval events-scale ../shared/corpora/reuters21578 --sizes 10000 --json"})
public final class EventsScaleEvaluation implements Evaluation {
    private static final LightAnnotator ANNOTATOR = new LightAnnotator();
    /** Articles timed at each size mark (the marginal cost is their mean). */
    private static final int WINDOW = 2000;

    @Parameters(paramLabel = "REUTERS_DIR", description = "folder of Reuters-21578 .sgm files")
    Path corpus;

    @Option(names = "--sizes", split = ",", description = "corpus sizes to measure at (default 10000,100000)")
    List<Integer> sizes = List.of(10_000, 100_000);

    @Option(names = "--json", description = "print one JSON object of figures")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = ReutersArticles.read(corpus);
        java.util.concurrent.atomic.LongAdder annotateNanos = new java.util.concurrent.atomic.LongAdder();
        // profiles are independent of each other: built on every core, CPU time summed over the threads
        List<ArticleProfile> profiles = articles.parallelStream().map(a -> {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            AnnotatedArticle annotated = ANNOTATOR.annotate(a);
            ArticleProfile p = Profiler.profile(annotated, Profiler.times(annotated));
            annotateNanos.add(threads.getCurrentThreadCpuTime() - start);
            return p;
        }).toList();
        double annotateMicros = annotateNanos.sum() / 1e3 / articles.size();
        EvalReport report = new EvalReport("Events at scale: cost per added article (Reuters-21578, light annotations)")
                .header("articles held", "CPU us per added article", "pairs scored per article", "all-pairs would score",
                        "events", "peak heap MB");
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        EventClusterer clusterer = new EventClusterer();
        int max = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        double first = 0;
        double last = 0;
        long windowStart = 0;
        long pairsAtWindow = 0;
        for (int i = 0; i < max; i++) {
            int mark = nextMark(i);
            if (mark > 0 && i == mark - WINDOW) {
                windowStart = cpu.getCurrentThreadCpuTime();
                pairsAtWindow = clusterer.pairsScored();
            }
            clusterer.add(shifted(profiles.get(i % profiles.size()), i / profiles.size(), i));
            if (mark > 0 && i == mark - 1) {
                double micros = (cpu.getCurrentThreadCpuTime() - windowStart) / 1e3 / WINDOW;
                double pairs = (clusterer.pairsScored() - pairsAtWindow) / (double) WINDOW;
                long heap = peakHeapBytes() >> 20;
                report.row(Integer.toString(mark), f(micros), f(pairs), Integer.toString(mark), Integer.toString(clusterer.events().size()),
                        Long.toString(heap));
                report.figure("us_per_article_at_" + mark, micros);
                report.figure("pairs_per_article_at_" + mark, pairs);
                report.figure("peak_heap_mb_at_" + mark, heap);
                if (first == 0) first = micros;
                last = micros;
            }
        }
        report.row("annotate + profile (once per article)", f(annotateMicros), "", "", "", "");
        report.figure("annotate_us_per_article", annotateMicros);
        report.figure("cost_growth", first == 0 ? 0 : last / first);
        report.figure("size_growth", (double) max / sizes.stream().mapToInt(Integer::intValue).min().orElse(1));
        report.print(System.out, json);
        if (!json) {
            System.out.printf(Locale.ROOT, "cost growth %.2fx while the corpus grew %.0fx (all-pairs: %.0fx); "
                    + "CPU time of the clustering thread%n", last / first,
                    (double) max / sizes.stream().mapToInt(Integer::intValue).min().orElse(1),
                    (double) max / sizes.stream().mapToInt(Integer::intValue).min().orElse(1));
        }
        return 0;
    }

    /** The most heap in use at any moment so far: the sum of the heap pools' peaks. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }

    private int nextMark(int i) {
        for (int s : sizes) if (i < s && i >= s - WINDOW) return s;
        return 0;
    }

    /** The profile of pass {@code pass} over the corpus: dates moved by three years per pass, a new id. */
    private static ArticleProfile shifted(ArticleProfile p, int pass, int index) {
        if (pass == 0) return p;
        int years = 3 * pass;
        LocalDate published = p.published() == null ? null : p.published().plusYears(years);
        DateValue main = p.mainDate() == null ? null
                : new DateValue(p.mainDate().start().plusYears(years), p.mainDate().end().plusYears(years), p.mainDate().iso());
        return new ArticleProfile(p.id() + "#" + index, published, p.leadTerms(), p.bodyTerms(), p.names(), p.leadNames(),
                p.actions(), p.leadNumbers(), p.numbers(), main, p.dateBasis(), p.kinds());
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
