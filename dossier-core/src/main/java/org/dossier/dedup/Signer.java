package org.dossier.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Computes {@link Signature}s: tokens, shingles, MinHash and the containment sample. Thread-safe
 * and cheap to share; everything is derived from fixed seeds so that signatures computed in
 * different runs (and stored in a workspace) stay comparable.
 *
 * <p>MinHash here is one-permutation hashing with optimal densification (Li, Owen and Zhang 2012;
 * Shrivastava 2017): each shingle's hash picks one of {@code permutations} bins and competes for
 * that bin's minimum, and an empty bin borrows the value of the first non-empty bin on a probe
 * sequence that depends only on the bin (so two texts borrow alike and agreement still estimates
 * Jaccard). Cost is one pass over the shingles instead of one pass per permutation: the textbook
 * 128 multiply-adds per shingle made signing the slowest step, several times over the 20,000
 * articles/s budget on a small machine.
 */
public final class Signer {
    private static final long PROBE_SEED = 0x5eed_d055_1e52_0001L;
    private final DedupConfig config;
    /** For each bin, the order in which it borrows from other bins when empty. */
    private final int[][] probes;

    public Signer(DedupConfig config) {
        this.config = config;
        int k = config.permutations();
        probes = new int[k][];
        SplittableRandom random = new SplittableRandom(PROBE_SEED);
        for (int bin = 0; bin < k; bin++) {
            int[] order = new int[k - 1];
            for (int i = 0, o = 0; i < k; i++) if (i != bin) order[o++] = i;
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            probes[bin] = order;
        }
    }

    public DedupConfig config() {
        return config;
    }

    /** The signature of a text (empty text gives an empty signature that matches nothing). */
    public Signature sign(CharSequence text) {
        long[] tokens = Shingles.tokenHashes(text);
        long[] shingles = Shingles.distinct(tokens, config.shingleSize());
        return new Signature(Shingles.sequenceHash(tokens), shingles.length, minHash(shingles), sample(shingles));
    }

    /** One minimum per bin over the distinct shingle hashes (any order), empty bins densified. */
    int[] minHash(long[] shingles) {
        int k = probes.length;
        int[] min = new int[k];
        Arrays.fill(min, Integer.MAX_VALUE);
        if (shingles.length == 0) return min;
        boolean[] filled = new boolean[k];
        for (long x : shingles) {
            int bin = (int) (((x >>> 32) * k) >>> 32);
            int v = (int) x;
            if (!filled[bin] || v < min[bin]) {
                min[bin] = v;
                filled[bin] = true;
            }
        }
        int[] dense = min.clone();
        for (int bin = 0; bin < k; bin++) {
            if (filled[bin]) continue;
            for (int from : probes[bin]) {
                if (filled[from]) {
                    dense[bin] = min[from];
                    break;
                }
            }
        }
        return dense;
    }

    /**
     * The shingles whose low bits are zero modulo {@link DedupConfig#sampleModulus()}, as their upper
     * 32 bits, sorted. Very long texts keep only the smallest {@link DedupConfig#maxSample()}: still a
     * consistent sample (everything below a cut-off), so estimates restrict both sides to that range.
     */
    int[] sample(long[] shingles) {
        long mask = config.sampleModulus() - 1L;
        int[] out = new int[Math.max(4, shingles.length / config.sampleModulus() * 2)];
        int n = 0;
        for (long x : shingles) {
            if ((x & mask) != 0) continue;
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = (int) (x >>> 32);
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        int d = 0;
        for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[d++] = out[i];
        return Arrays.copyOf(out, Math.min(d, config.maxSample()));
    }
}
