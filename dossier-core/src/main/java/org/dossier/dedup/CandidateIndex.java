package org.dossier.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/**
 * Finds stored texts that may be copies of a new one, without comparing against all of them.
 *
 * <p>Two postings tables in primitive arrays: the LSH bands of the MinHash signature (texts above
 * the Jaccard S-curve threshold share a band; exact copies share every band), and the containment
 * sample (a brief shares its sampled shingles with the story it was cut from, although their
 * Jaccard is low). Every candidate is reported once per lookup; verification is the caller's.
 */
final class CandidateIndex {
    private final DedupConfig config;
    private final IntPostings bands = new IntPostings();
    private final IntPostings samples = new IntPostings();
    private int[] stamp = new int[1024];
    private int[] shared = new int[1024];
    private int query;

    CandidateIndex(DedupConfig config) {
        this.config = config;
    }

    void add(int ordinal, Signature sig) {
        if (sig.isEmpty()) return;
        int[] keys = bandKeys(sig);
        for (int key : keys) bands.add(key, ordinal);
        for (int s : sig.sample()) samples.add(s, ordinal);
    }

    /**
     * Calls {@code out} once for every stored ordinal that shares the exact hash or an LSH band with
     * {@code sig}, or enough sampled shingles to be a containment candidate.
     *
     * @param sampleSize the sample size of a stored ordinal (to accept a single shared sample when
     *                   one side has almost none)
     */
    void candidates(Signature sig, int storedCount, IntUnaryOperator sampleSize, IntConsumer out) {
        if (sig.isEmpty()) return;
        if (stamp.length < storedCount) {
            int n = Math.max(storedCount, stamp.length * 2);
            stamp = Arrays.copyOf(stamp, n);
            shared = Arrays.copyOf(shared, n);
        }
        if (++query == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            query = 1;
        }
        int q = query;
        int limit = config.maxBucket();
        IntConsumer once = o -> {
            if (stamp[o] == q && shared[o] < 0) return;
            stamp[o] = q;
            shared[o] = -1;
            out.accept(o);
        };
        for (int key : bandKeys(sig)) bands.forEach(key, limit, once);
        int mine = sig.sample().length;
        for (int s : sig.sample()) {
            samples.forEach(s, limit, o -> {
                if (stamp[o] != q) {
                    stamp[o] = q;
                    shared[o] = 0;
                }
                if (shared[o] < 0) return;
                int n = ++shared[o];
                if (n >= needed(Math.min(mine, sampleSize.applyAsInt(o)))) {
                    shared[o] = -1;
                    out.accept(o);
                }
            });
        }
    }

    /**
     * Shared samples that make a containment candidate: a contained text shares about as large a
     * share of its sample as of its shingles (at least {@link DedupConfig#containedContainment()}),
     * so requiring 40% of the smaller sample (and at least two) keeps every plausible pair while
     * texts that merely share a stock phrase or two are not verified.
     */
    private static int needed(int smallerSample) {
        return smallerSample <= 2 ? 1 : Math.max(2, (int) Math.ceil(0.4 * smallerSample));
    }

    long postings() {
        return bands.size() + samples.size();
    }

    /** One key per band: the band's rows hashed together with the band number. */
    int[] bandKeys(Signature sig) {
        int rows = config.rows();
        int[] mh = sig.minHash();
        int[] keys = new int[config.bands()];
        for (int b = 0; b < keys.length; b++) {
            long h = b;
            for (int r = b * rows, end = r + rows; r < end; r++) h = (h + mh[r]) * 0x9e3779b97f4a7c15L;
            keys[b] = (int) (Shingles.mix(h) >>> 32);
        }
        return keys;
    }
}
