package org.dossier.dedup;

import java.util.Arrays;

/**
 * What duplicate detection keeps of one text: enough to find and judge its copies without the
 * text itself, so stored signatures never need recomputing.
 *
 * @param exactHash    hash of the normalized token sequence; equal hashes mean exact duplicates
 * @param shingleCount number of distinct shingles (the size of the set the estimates refer to)
 * @param minHash      one minimum per permutation; the fraction of equal positions estimates Jaccard
 * @param sample       sorted distinct shingle hashes kept by a content-defined rule (hash modulo
 *                     {@link DedupConfig#sampleModulus()}); two texts sample the same shingles, so
 *                     the overlap of samples estimates containment even when the sizes differ a lot
 */
public record Signature(long exactHash, int shingleCount, int[] minHash, int[] sample) {

    /** True when the text had no words at all. */
    public boolean isEmpty() {
        return shingleCount == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.exactHash == exactHash && s.shingleCount == shingleCount
                && Arrays.equals(s.minHash, minHash) && Arrays.equals(s.sample, sample);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(exactHash) * 31 + shingleCount;
    }

    @Override
    public String toString() {
        return "Signature[" + Long.toHexString(exactHash) + ", shingles=" + shingleCount + ", sample="
                + sample.length + "]";
    }
}
