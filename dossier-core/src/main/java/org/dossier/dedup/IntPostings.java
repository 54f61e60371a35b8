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
 * lookup visits O(log n) runs. Keys are hashes, spread evenly, so each run carries a fence table
 * indexed by the key's top bits that points straight at a handful of entries: one or two cache
 * misses per run instead of a binary search (which made lookups the slowest step). No per-posting
 * objects; the heap grows linearly with the postings (8 bytes each, plus 2 for fences and filter) — the
 * basis of the bounded-memory index over millions of articles.
 */
final class IntPostings {
    private static final int SEGMENT = 1 << 18;
    private final int[] segKeys = new int[SEGMENT];
    private final int[] segValues = new int[SEGMENT];
    private final int[] segNext = new int[SEGMENT];
    private final int[] heads = new int[SEGMENT * 2];
    private int segSize;
    private final List<Run> runs = new ArrayList<>();
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
        for (Run run : runs) {
            if (!run.mayContain(key)) continue;
            long[] entries = run.entries;
            int bucket = run.bucket(key);
            int i = run.fences[bucket];
            int end = run.fences[bucket + 1];
            while (i < end && (int) (entries[i] >> 32) < key) i++;
            for (; i < end && (int) (entries[i] >> 32) == key; i++) {
                if (seen++ == limit) return;
                out.accept((int) entries[i]);
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
        runs.add(new Run(run));
        while (runs.size() > 1) {
            long[] last = runs.get(runs.size() - 1).entries;
            long[] before = runs.get(runs.size() - 2).entries;
            if (before.length > 2L * last.length) break;
            runs.remove(runs.size() - 1);
            runs.set(runs.size() - 1, new Run(merge(before, last)));
        }
    }

    /**
     * A sorted run, its fences ({@code fences[b]} is the first entry whose key's top bits are
     * {@code >= b}) and a blocked Bloom filter of its keys (8 bits per entry, two bits in one word:
     * about 5% false positives). Most keys looked up are in no run — a new text's band values are
     * new — and the filter answers those with one memory access instead of two.
     */
    private static final class Run {
        final long[] entries;
        final int[] fences;
        final int shift;
        final long[] filter;

        Run(long[] entries) {
            this.entries = entries;
            filter = new long[Math.max(1, entries.length / 8)];
            for (long e : entries) {
                int h = filterHash((int) (e >> 32));
                filter[word(h)] |= 1L << h | 1L << (h >>> 6);
            }
            int bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(1, entries.length / 4)));
            shift = 32 - bits;
            fences = new int[(1 << bits) + 1];
            int b = 0;
            for (int i = 0; i < entries.length; i++) {
                int bucket = bucket((int) (entries[i] >> 32));
                while (b <= bucket) fences[b++] = i;
            }
            while (b < fences.length) fences[b++] = entries.length;
        }

        boolean mayContain(int key) {
            int h = filterHash(key);
            long bits = 1L << h | 1L << (h >>> 6);
            return (filter[word(h)] & bits) == bits;
        }

        private static int filterHash(int key) {
            int h = key * 0x9e3779b9;
            return h ^ (h >>> 15);
        }

        private int word(int h) {
            return (int) (((h >>> 12) & 0xfffffL) * filter.length >>> 20);
        }

        /** Top bits of the key in unsigned order (entries are sorted by signed key, hence the flip). */
        int bucket(int key) {
            return (key ^ Integer.MIN_VALUE) >>> shift;
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
}
