package org.dossier.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Computes {@link Signature}s: tokens, shingles, MinHash and the containment sample. Thread-safe
 * and cheap to share; the permutations are derived from a fixed seed so that signatures computed
 * in different runs (and stored in a workspace) stay comparable.
 *
 * <p>Each permutation is a universal hash {@code (a * x + b) >>> 32} of the 64-bit shingle hash
 * with a random odd {@code a}: one multiply-add per shingle and permutation, no table lookups.
 */
public final class Signer {
    private static final long SEED = 0x5eed_d055_1e52_0001L;
    private final DedupConfig config;
    private final long[] mul;
    private final long[] add;

    public Signer(DedupConfig config) {
        this.config = config;
        SplittableRandom random = new SplittableRandom(SEED);
        mul = new long[config.permutations()];
        add = new long[config.permutations()];
        for (int i = 0; i < mul.length; i++) {
            mul[i] = random.nextLong() | 1L;
            add[i] = random.nextLong();
        }
    }

    public DedupConfig config() {
        return config;
    }

    /** The signature of a text (empty text gives an empty signature that matches nothing). */
    public Signature sign(CharSequence text) {
        long[] tokens = Shingles.tokenHashes(text);
        long[] shingles = Shingles.of(tokens, config.shingleSize());
        return new Signature(Shingles.sequenceHash(tokens), shingles.length, minHash(shingles), sample(shingles));
    }

    /** One minimum per permutation over the distinct shingle hashes. */
    int[] minHash(long[] shingles) {
        int k = mul.length;
        int[] min = new int[k];
        Arrays.fill(min, Integer.MAX_VALUE);
        if (shingles.length == 0) return min;
        for (long x : shingles) {
            for (int i = 0; i < k; i++) {
                int h = (int) ((mul[i] * x + add[i]) >>> 32);
                if (h < min[i]) min[i] = h;
            }
        }
        return min;
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
