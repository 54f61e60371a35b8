package org.dossier.eval.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.pipeline.Dossier;

/**
 * The whole path a user runs with {@code dossier articles DIR}: the pages written to a folder and
 * read back from disk, media types detected, corpus evidence gathered in a first pass, then every
 * page parsed, cleaned and given its metadata, on the same threads as the extractor rows. Unlike
 * the extractor rows it includes reading and the evidence pass, so it shows the speed a user sees
 * end to end.
 *
 * <p>Its CPU time is the process's (every thread, garbage collection included), since the pipeline
 * runs on threads of its own.
 */
final class ArticlesPathRun {
    static final String NAME = "dossier articles path";

    private ArticlesPathRun() {}

    static ExtractionRun run(List<BenchmarkPage> pages, int threads, int rounds) throws IOException {
        Path dir = Files.createTempDirectory("dossier-articles-path");
        try {
            List<String> files = write(pages, dir);
            Dossier dossier = Dossier.standard().withThreads(threads);
            pass(dossier, dir);   // untimed warm-up, as for the extractor rows
            System.gc();
            List<MemoryPoolMXBean> heap = ExtractionRun.heapPools();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            List<Double> wall = new ArrayList<>(), cpu = new ArrayList<>();
            Map<String, String> texts = Map.of();
            for (int round = 0; round < Math.max(1, rounds); round++) {
                long cpu0 = processCpuNanos(), start = System.nanoTime();
                texts = pass(dossier, dir);
                wall.add(pages.size() / Math.max(1e-9, (System.nanoTime() - start) / 1e9));
                cpu.add(pages.size() / Math.max(1e-9, (processCpuNanos() - cpu0) / 1e9));
            }
            long peak = 0;
            for (MemoryPoolMXBean p : heap) peak += p.getPeakUsage().getUsed();
            List<String> outputs = new ArrayList<>();
            for (String file : files) outputs.add(texts.getOrDefault(file, ""));
            int failures = pages.size() - texts.size();
            return new ExtractionRun(NAME, outputs, failures, ExtractionRun.median(wall), ExtractionRun.median(cpu),
                    peak / (1024.0 * 1024.0));
        } finally {
            try (var walk = Files.list(dir)) {
                for (Path p : walk.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Writes each page to its own file; returns the file names in page order. */
    private static List<String> write(List<BenchmarkPage> pages, Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String name = String.format(Locale.ROOT, "page-%05d.html", i);
            Files.write(dir.resolve(name), pages.get(i).html());
            names.add(name);
        }
        return names;
    }

    /** Article text by file name; pages the pipeline rejected are absent. */
    private static Map<String, String> pass(Dossier dossier, Path dir) {
        Map<String, String> texts = new HashMap<>();
        dossier.articles(List.of(dir.toString()), problem -> { },
                (Article a) -> texts.put(Path.of(a.source()).getFileName().toString(), a.text()));
        return texts;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        long total = 0;   // without the HotSpot bean: the live threads' CPU time
        var threads = ManagementFactory.getThreadMXBean();
        for (long cpu : Arrays.stream(threads.getAllThreadIds()).map(threads::getThreadCpuTime).toArray()) {
            total += Math.max(0, cpu);
        }
        return total;
    }
}
