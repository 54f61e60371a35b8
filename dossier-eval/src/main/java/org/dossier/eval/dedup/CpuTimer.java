package org.dossier.eval.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/**
 * Throughput by the calling thread's own CPU time: on cores shared with other work, wall-clock
 * figures fall with the load while this one does not, so both are printed side by side.
 */
final class CpuTimer {
    private CpuTimer() {}

    /**
     * Runs {@code work} three times to warm up (the JIT compiles on threads that a loaded machine
     * starves), then five times; articles per CPU-second of the best pass.
     */
    static double articlesPerCpuSecond(LongSupplier work, int articles) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 3; i++) sink += work.getAsLong();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            sink += work.getAsLong();
            best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
        }
        if (sink == Long.MIN_VALUE) System.out.print("");
        return articles / (best / 1e9);
    }
}
