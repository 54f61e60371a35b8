package org.dossier.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * An append-only multimap from int keys to int values in primitive arrays, 8 bytes per posting.
 *
 * <p>Built like a small log-structured merge tree: new postings go to a bounded hash segment
 * (chained through arrays, so lookups stay O(1) while it fills); a full segment is frozen into a
 * sorted {@code long[]} run of {@code key << 32 | value}; runs of similar size are merged, so a
 * lookup binary-searches O(log n) runs. No per-posting objects, and the heap grows linearly with the
 * postings — the basis of the bounded-memory index over millions of articles.
 */
final class IntPostings {
    private static final int SEGMENT = 1 << 15;
    private final int[] segKeys = new int[SEGMENT];
    private final int[] segValues = new int[SEGMENT];
    private final int[] segNext = new int[SEGMENT];
    private final int[] heads = new int[SEGMENT * 2];
    private int segSize;
    private final List<long[]> runs = new ArrayList<>();
    private long size;

    IntPostings() {
        Arrays.fill(heads, -1);
    }

    void add(int key, int value) {
        if (segSize == SEGMENT) freeze();
        int slot = slot(key);
        segKeys[segSize] = key;
        segValues[segSize] = value;
        segNext[segSize] = heads[slot];
        heads[slot] = segSize;
        segSize++;
        size++;
    }

    /** Calls {@code out} with at most {@code limit} values stored under {@code key}. */
    void forEach(int key, int limit, IntConsumer out) {
        int seen = 0;
        for (long[] run : runs) {
            int i = lowerBound(run, (long) key << 32);
            for (; i < run.length && (int) (run[i] >> 32) == key; i++) {
                if (seen++ == limit) return;
                out.accept((int) run[i]);
            }
        }
        for (int e = heads[slot(key)]; e >= 0; e = segNext[e]) {
            if (segKeys[e] != key) continue;
            if (seen++ == limit) return;
            out.accept(segValues[e]);
        }
    }

    long size() {
        return size;
    }

    private int slot(int key) {
        int h = key * 0x9e3779b9;
        return (h ^ (h >>> 16)) & (heads.length - 1);
    }

    private void freeze() {
        long[] run = new long[segSize];
        for (int i = 0; i < segSize; i++) run[i] = (long) segKeys[i] << 32 | (segValues[i] & 0xffffffffL);
        Arrays.sort(run);
        segSize = 0;
        Arrays.fill(heads, -1);
        runs.add(run);
        while (runs.size() > 1) {
            long[] last = runs.get(runs.size() - 1);
            long[] before = runs.get(runs.size() - 2);
            if (before.length > 2L * last.length) break;
            runs.remove(runs.size() - 1);
            runs.set(runs.size() - 1, merge(before, last));
        }
    }

    private static long[] merge(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0, j = 0, k = 0;
        while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        while (i < a.length) out[k++] = a[i++];
        while (j < b.length) out[k++] = b[j++];
        return out;
    }

    private static int lowerBound(long[] run, long target) {
        int lo = 0, hi = run.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (run[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
