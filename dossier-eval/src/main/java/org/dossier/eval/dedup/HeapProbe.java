package org.dossier.eval.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.SplittableRandom;
import org.dossier.dedup.DedupConfig;
import org.dossier.dedup.DuplicateDetector;
import org.dossier.dedup.Signature;

/**
 * Heap held by a detector of a million articles: synthetic signatures of realistic shape (a full
 * MinHash, a sample of the size a 300-shingle text has, a 13-character id), stored and indexed, and
 * the heap compared before and after with the detector reachable.
 */
final class HeapProbe {
    /**
     * What the probe found.
     *
     * @param articles        articles stored
     * @param heapMb          heap retained by the detector
     * @param bytesPerArticle heap per article
     * @param postings        postings in the candidate index
     * @param seconds         time to store and index them all
     */
    record Result(int articles, double heapMb, double bytesPerArticle, long postings, double seconds) {}

    private HeapProbe() {}

    static Result measure(int articles, DedupConfig config) {
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        DuplicateDetector detector = new DuplicateDetector(config);
        SplittableRandom random = new SplittableRandom(42);
        int sampleSize = Math.max(1, 300 / config.sampleModulus());
        for (int i = 0; i < articles; i++) {
            int[] minHash = new int[config.permutations()];
            for (int k = 0; k < minHash.length; k++) minHash[k] = random.nextInt();
            int[] sample = random.ints(sampleSize).sorted().toArray();
            detector.store(String.format("a%012x", i), new Signature(random.nextLong(), 300, minHash, sample));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long after = usedAfterGc();
        long bytes = after - before;
        Result r = new Result(articles, bytes / 1048576.0, (double) bytes / articles, detector.postings(), seconds);
        if (detector.size() != articles) throw new IllegalStateException("detector lost articles");
        return r;
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
