package org.dossier.eval.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one extractor over all pages on a fixed number of threads and records its outputs, wall
 * time and peak heap. Pages are already in memory, so the time is extraction alone; a short
 * untimed warm-up lets the JIT compile the hot paths first, the same for every extractor.
 *
 * @param extractor the extractor's name
 * @param outputs   extracted text per page, in page order ({@code null} where it failed)
 * @param failures  how many pages threw
 * @param seconds   wall time of the timed pass
 * @param peakHeapMb peak heap use during the timed pass, in MiB
 */
record ExtractionRun(String extractor, List<String> outputs, int failures, double seconds, double peakHeapMb) {
    private static final int WARM_UP_PAGES = 40;

    double pagesPerSecond() {
        return seconds <= 0 ? 0 : outputs.size() / seconds;
    }

    static ExtractionRun run(Extractor extractor, List<BenchmarkPage> pages, int threads) throws InterruptedException {
        for (int i = 0; i < Math.min(WARM_UP_PAGES, pages.size()); i++) safely(extractor, pages.get(i));
        System.gc();
        List<MemoryPoolMXBean> heap = heapPools();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<String>> futures = new ArrayList<>();
        for (BenchmarkPage page : pages) futures.add(pool.submit(() -> safely(extractor, page)));
        List<String> outputs = new ArrayList<>();
        int failures = 0;
        for (Future<String> f : futures) {
            try {
                String out = f.get();
                if (out == null) failures++;
                outputs.add(out);
            } catch (java.util.concurrent.ExecutionException e) {
                failures++;
                outputs.add(null);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long peak = 0;
        for (MemoryPoolMXBean p : heap) peak += p.getPeakUsage().getUsed();
        return new ExtractionRun(extractor.name(), outputs, failures, seconds, peak / (1024.0 * 1024.0));
    }

    /** The output, or {@code null} when the extractor threw (even an Error such as stack overflow). */
    private static String safely(Extractor extractor, BenchmarkPage page) {
        try {
            return extractor.extract(page);
        } catch (Exception | StackOverflowError | LinkageError e) {
            return null;
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> out = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) out.add(p);
        }
        return out;
    }
}
