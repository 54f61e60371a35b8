package org.dossier.dedup;

/**
 * Similarity of two texts estimated from their signatures alone.
 *
 * @param jaccard           shared shingles over all shingles of the two
 * @param containmentFirst  share of the first text's shingles found in the second
 * @param containmentSecond share of the second text's shingles found in the first
 */
public record Estimate(double jaccard, double containmentFirst, double containmentSecond) {

    /**
     * Estimates from two signatures of one configuration. Jaccard comes from MinHash. Containment
     * combines two estimators: MinHash Jaccard turned into an intersection size with the exact set
     * sizes ({@code |A∩B| = J(|A|+|B|)/(1+J)}), which is sharp when sizes are similar, and the
     * overlap of the content-defined samples, which stays unbiased when one text is much larger.
     * They are averaged, weighting the sample by how many sampled shingles it has.
     */
    public static Estimate of(Signature a, Signature b, int maxSample) {
        if (a.isEmpty() || b.isEmpty()) return new Estimate(0, 0, 0);
        int[] x = a.minHash();
        int[] y = b.minHash();
        int same = 0;
        for (int i = 0; i < x.length; i++) if (x[i] == y[i]) same++;
        double j = (double) same / x.length;
        double inter = j * (a.shingleCount() + b.shingleCount()) / (1 + j);
        double ca = Math.min(1, inter / a.shingleCount());
        double cb = Math.min(1, inter / b.shingleCount());
        int[] sa = a.sample();
        int[] sb = b.sample();
        // a capped sample is complete only up to its largest value; compare both below that cut
        long cut = Math.min(cut(sa, maxSample), cut(sb, maxSample));
        int na = countUpTo(sa, cut);
        int nb = countUpTo(sb, cut);
        int common = intersect(sa, sb, cut);
        double weightMinHash = 16;
        ca = blend(ca, weightMinHash, common, na);
        cb = blend(cb, weightMinHash, common, nb);
        return new Estimate(j, ca, cb);
    }

    /** The containment of the smaller text (by shingles) in the larger. */
    public double containmentOfSmaller(Signature a, Signature b) {
        return a.shingleCount() <= b.shingleCount() ? containmentFirst : containmentSecond;
    }

    /** The larger of the two containments. */
    public double maxContainment() {
        return Math.max(containmentFirst, containmentSecond);
    }

    private static double blend(double minHashEstimate, double weightMinHash, int common, int sampled) {
        if (sampled == 0) return minHashEstimate;
        double sampleEstimate = (double) common / sampled;
        return (minHashEstimate * weightMinHash + sampleEstimate * sampled) / (weightMinHash + sampled);
    }

    private static long cut(int[] s, int maxSample) {
        return s.length >= maxSample ? s[s.length - 1] : Long.MAX_VALUE;
    }

    private static int countUpTo(int[] s, long cut) {
        int n = 0;
        while (n < s.length && s[n] <= cut) n++;
        return n;
    }

    private static int intersect(int[] a, int[] b, long cut) {
        int i = 0, k = 0, n = 0;
        while (i < a.length && k < b.length && a[i] <= cut && b[k] <= cut) {
            if (a[i] == b[k]) {
                n++;
                i++;
                k++;
            } else if (a[i] < b[k]) {
                i++;
            } else {
                k++;
            }
        }
        return n;
    }
}
