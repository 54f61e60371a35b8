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
     * The measured choice: 4-word shingles, 128 MinHash values in 32 bands of 4 rows, a 1-in-16
     * containment sample.
     *
     * <p>Measured with {@code dossier eval dedup --s-curves} on Reuters-21578 + BBC + generated copies
     * (23,068 texts):
     * <ul>
     *   <li><b>Shingle size 4.</b> Different stories of the corpora that land in the ambiguous zone
     *       0.3 &le; J &lt; 0.8: 3,806 pairs at 3 words, 2,341 at 4, 1,087 at 5 (short templated
     *       notices make 3-word shingles too forgiving). Copies that stay at J &ge; 0.8 or
     *       C &ge; 0.9 after 2% typos: 149/150 at 3 words, 139 at 4, 124 at 5; after paragraph
     *       reordering: 149, 146, 123. Four words keeps copies recognisable under light damage
     *       while halving the different-story pairs near the thresholds.
     *   <li><b>128 values, 32 bands x 4 rows</b> (threshold about 0.42). Measured probability of
     *       becoming a candidate: 0.73 at J 0.4-0.5, 0.89 at 0.5-0.6, 0.99 at 0.6-0.7, 1.0 from 0.7
     *       — every pair at the 0.8 bar is found by the bands, and most syndicated pairs (J from
     *       0.45) too; no random pair out of 200,000 became a candidate. 16 x 8 rows missed 1.4% of
     *       pairs at 0.8-0.9; 64 x 2 made 1 in 10,000 random pairs a candidate (100 needless
     *       verifications per article at a million articles); 256 values (64 x 4) gained little at
     *       the bar for twice the memory; 64 values (16 x 4) found only 38% of 0.4-0.5.
     *   <li><b>Containment sample 1 in 16.</b> A brief's Jaccard with its story is its share of the
     *       story (0.2-0.5), below any affordable LSH threshold; the sample index finds it instead,
     *       at about 19 postings per 300-shingle article.
     * </ul>
     * Thresholds (near 0.7, syndicated 0.45 with both containments 0.6, contained 0.85) sit below
     * the benchmark's bar (J 0.8, C 0.9) by about two standard errors of a 128-value estimate, so
     * estimation noise costs little recall; the benchmark's precision shows the margin is safe.
     */
    public static DedupConfig standard() {
        return new DedupConfig(4, 128, 32, 16, 1024, 0.7, 0.45, 0.6, 0.85, 30, 60, 1000);
    }
}
