package org.dossier.eval.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one extractor over all pages on a fixed number of threads and records its outputs, speed
 * and peak heap. Pages are already in memory, so the time is extraction alone; a short untimed
 * warm-up lets the JIT compile the hot paths first, the same for every extractor. The timed pass
 * is repeated and the median round reported: on cores shared with other work one round can be
 * slowed by a neighbour's burst.
 *
 * @param extractor         the extractor's name
 * @param outputs           extracted text per page, in page order ({@code null} where it failed)
 * @param failures          how many pages threw
 * @param pagesPerSecond    pages over wall time, median of the rounds
 * @param pagesPerCpuSecond pages over the CPU time the extraction threads used, median of the rounds
 *                          (unlike wall time, not inflated when other processes compete for the cores)
 * @param peakHeapMb        peak heap use during the timed rounds, in MiB
 */
record ExtractionRun(String extractor, List<String> outputs, int failures, double pagesPerSecond,
        double pagesPerCpuSecond, double peakHeapMb) {
    private static final int WARM_UP_PAGES = 200;

    static ExtractionRun run(Extractor extractor, List<BenchmarkPage> pages, int threads, int rounds)
            throws InterruptedException {
        for (int i = 0; i < Math.min(WARM_UP_PAGES, pages.size()); i++) safely(extractor, pages.get(i));
        System.gc();
        List<MemoryPoolMXBean> heap = heapPools();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Double> wall = new ArrayList<>(), cpu = new ArrayList<>();
            List<String> outputs = null;
            for (int round = 0; round < Math.max(1, rounds); round++) {
                long start = System.nanoTime();
                LongAdder cpuNanos = new LongAdder();
                outputs = pass(extractor, pages, pool, cpuNanos);
                wall.add(pages.size() / Math.max(1e-9, (System.nanoTime() - start) / 1e9));
                cpu.add(pages.size() / Math.max(1e-9, cpuNanos.sum() / 1e9));
            }
            long peak = 0;
            for (MemoryPoolMXBean p : heap) peak += p.getPeakUsage().getUsed();
            int failures = (int) outputs.stream().filter(java.util.Objects::isNull).count();
            return new ExtractionRun(extractor.name(), outputs, failures, median(wall), median(cpu),
                    peak / (1024.0 * 1024.0));
        } finally {
            pool.shutdown();
        }
    }

    /** One timed pass over all pages; outputs in page order. */
    private static List<String> pass(Extractor extractor, List<BenchmarkPage> pages, ExecutorService pool,
            LongAdder cpuNanos) throws InterruptedException {
        ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        List<Future<String>> futures = new ArrayList<>();
        for (BenchmarkPage page : pages) {
            futures.add(pool.submit(() -> {
                long before = threadsBean.getCurrentThreadCpuTime();
                try {
                    return safely(extractor, page);
                } finally {
                    cpuNanos.add(threadsBean.getCurrentThreadCpuTime() - before);
                }
            }));
        }
        List<String> outputs = new ArrayList<>();
        for (Future<String> f : futures) {
            try {
                outputs.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                outputs.add(null);
            }
        }
        return outputs;
    }

    /** The middle value (the mean of the two middle ones for an even count). */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The output, or {@code null} when the extractor threw (even an Error such as stack overflow). */
    private static String safely(Extractor extractor, BenchmarkPage page) {
        try {
            return extractor.extract(page);
        } catch (Exception | StackOverflowError | LinkageError e) {
            return null;
        }
    }

    static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> out = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) out.add(p);
        }
        return out;
    }
}
