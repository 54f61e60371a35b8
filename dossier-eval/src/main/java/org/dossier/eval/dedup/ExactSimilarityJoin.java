package org.dossier.eval.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact Jaccard and containment for every pair of shingle sets above a floor: the benchmark's
 * ground truth, and the exact all-pairs baseline the sketches are compared against.
 *
 * <p>Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007): order shingles rarest first; a
 * pair whose smaller set has at least a share {@code t} of its shingles in the larger must meet in
 * the first {@code |x| - ceil(t|x|) + 1} shingles of the smaller. Every pair with Jaccard or
 * containment of the smaller at least {@code t} is therefore found by probing only those prefixes,
 * then verified by a full merge. Exact, with no sketch error.
 */
final class ExactSimilarityJoin {

    /**
     * A pair with its exact measures.
     *
     * @param a           first index
     * @param b           second index
     * @param jaccard     |A∩B| / |A∪B|
     * @param containment |A∩B| / min(|A|, |B|): how much of the smaller lies inside the larger
     */
    record Pair(int a, int b, double jaccard, double containment) {}

    private ExactSimilarityJoin() {}

    /** Every pair whose containment of the smaller set is at least {@code floor} (so also every pair with Jaccard at least {@code floor}). */
    static List<Pair> join(List<long[]> sets, double floor) {
        int n = sets.size();
        long total = 0;
        for (long[] s : sets) total += s.length;
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] s : sets) for (long h : s) all[k++] = h;
        Arrays.sort(all);
        int distinct = 0;
        int[] df = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            if (i > 0 && all[i] == all[i - 1]) {
                df[distinct - 1]++;
            } else {
                all[distinct] = all[i];
                df[distinct++] = 1;
            }
        }
        long[] vocab = Arrays.copyOf(all, distinct);
        // rank: rarest shingle first; pack (df, token) to sort
        long[] byDf = new long[distinct];
        for (int t = 0; t < distinct; t++) byDf[t] = (long) df[t] << 32 | t;
        Arrays.sort(byDf);
        int[] rank = new int[distinct];
        for (int r = 0; r < distinct; r++) rank[(int) byDf[r]] = r;
        int[][] docs = new int[n][];
        for (int d = 0; d < n; d++) {
            long[] s = sets.get(d);
            int[] r = new int[s.length];
            for (int i = 0; i < s.length; i++) r[i] = rank[Arrays.binarySearch(vocab, s[i])];
            Arrays.sort(r);
            docs[d] = r;
        }
        // postings: rank -> docs, as offsets into one array
        int[] start = new int[distinct + 1];
        for (int[] r : docs) for (int x : r) start[x + 1]++;
        for (int i = 0; i < distinct; i++) start[i + 1] += start[i];
        int[] fill = Arrays.copyOf(start, distinct);
        int[] postings = new int[(int) total];
        for (int d = 0; d < n; d++) for (int x : docs[d]) postings[fill[x]++] = d;
        List<Pair> out = new ArrayList<>();
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        for (int x = 0; x < n; x++) {
            int[] rx = docs[x];
            if (rx.length == 0) continue;
            int prefix = rx.length - (int) Math.ceil(floor * rx.length) + 1;
            for (int p = 0; p < prefix && p < rx.length; p++) {
                for (int i = start[rx[p]]; i < start[rx[p] + 1]; i++) {
                    int y = postings[i];
                    if (y == x || seen[y] == x) continue;
                    seen[y] = x;
                    int[] ry = docs[y];
                    // x is the smaller side (ties: the lower index), so each pair is probed from one end
                    if (ry.length < rx.length || (ry.length == rx.length && y < x)) continue;
                    int common = intersect(rx, ry);
                    double c = (double) common / rx.length;
                    if (c >= floor) out.add(new Pair(Math.min(x, y), Math.max(x, y),
                            (double) common / (rx.length + ry.length - common), c));
                }
            }
        }
        return out;
    }

    static int intersect(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
