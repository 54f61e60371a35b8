package org.dossier.dedup;

/**
 * Parameters of duplicate detection. {@link #standard()} holds the measured choice; see its Javadoc
 * for the S-curves behind it.
 *
 * @param shingleSize           words per shingle
 * @param permutations          MinHash permutations (signature length)
 * @param bands                 LSH bands; {@code permutations / bands} rows each
 * @param sampleModulus         a shingle joins the containment sample when its hash is 0 modulo this (power of two)
 * @param maxSample             cap on a sample (very long texts keep their smallest sampled hashes)
 * @param nearJaccard           estimated Jaccard at or above which two texts are near duplicates
 * @param syndicatedJaccard     lowest estimated Jaccard of a syndicated pair (shared body, own head or tail)
 * @param syndicatedContainment lowest containment, both ways, of a syndicated pair
 * @param containedContainment  containment of the smaller text in the larger that makes it a contained copy
 * @param minContainedShingles  shingles a text needs before it can count as contained (shorter ones
 *                              are bylines, captions or boilerplate that occur everywhere)
 * @param minSyndicatedShingles shingles the smaller text needs before a shared body makes two texts
 *                              syndicated (short notices built on one template share half their
 *                              shingles without being copies)
 * @param maxBucket             candidates visited per LSH bucket or sample posting (a huge bucket is
 *                              shared boilerplate; its first members suffice to find a real group)
 */
public record DedupConfig(int shingleSize, int permutations, int bands, int sampleModulus, int maxSample,
        double nearJaccard, double syndicatedJaccard, double syndicatedContainment, double containedContainment,
        int minContainedShingles, int minSyndicatedShingles, int maxBucket) {

    public DedupConfig {
        if (shingleSize < 1) throw new IllegalArgumentException("shingleSize < 1");
        if (permutations < 1 || bands < 1 || permutations % bands != 0) {
            throw new IllegalArgumentException("permutations must be a positive multiple of bands");
        }
        if (Integer.bitCount(sampleModulus) != 1) throw new IllegalArgumentException("sampleModulus must be a power of two");
    }

    public int rows() {
        return permutations / bands;
    }

    /** Probability that a pair at Jaccard {@code j} shares at least one LSH bucket: {@code 1 - (1 - j^r)^b}. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows()), bands);
    }

    /** A copy with other LSH parameters (used to measure S-curves). */
    public DedupConfig withLsh(int shingleSize, int permutations, int bands) {
        return new DedupConfig(shingleSize, permutations, bands, sampleModulus, maxSample, nearJaccard,
                syndicatedJaccard, syndicatedContainment, containedContainment, minContainedShingles, minSyndicatedShingles,
                maxBucket);
    }

    /**
     * The measured choice.
     */
    public static DedupConfig standard() {
        return new DedupConfig(4, 128, 32, 16, 1024, 0.7, 0.45, 0.6, 0.85, 30, 60, 1000);
    }
}
