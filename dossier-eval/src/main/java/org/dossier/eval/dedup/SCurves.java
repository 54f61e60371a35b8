package org.dossier.eval.dedup;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.dossier.dedup.DedupConfig;
import org.dossier.dedup.Shingles;
import org.dossier.dedup.Signature;
import org.dossier.dedup.Signer;

/**
 * The measurements behind {@link DedupConfig#standard()}: for each shingle size, how copies under
 * each edit and unrelated same-corpus pairs spread over exact Jaccard; for each (permutations,
 * bands) choice, the measured probability that a pair becomes an LSH candidate per Jaccard bin
 * (the S-curve) beside the theoretical {@code 1 - (1 - J^r)^b}, and the rate at which unrelated
 * pairs become candidates (the verification load).
 */
final class SCurves {
    private static final int[][] LSH = {{64, 16}, {128, 32}, {128, 16}, {128, 64}, {256, 64}};
    private final List<BenchDoc> docs;

    SCurves(List<BenchDoc> docs) {
        this.docs = docs;
    }

    void print(PrintStream out) {
        for (int k = 3; k <= 5; k++) {
            final int size = k;
            List<long[]> sets = docs.stream().map(d -> Shingles.of(Shingles.tokenHashes(d.text()), size)).toList();
            List<ExactSimilarityJoin.Pair> pairs = ExactSimilarityJoin.join(sets, 0.2);
            printShingleSize(out, k, pairs);
            if (k != DedupConfig.standard().shingleSize()) continue;
            for (int[] lsh : LSH) printCurve(out, k, lsh[0], lsh[1], pairs);
        }
    }

    private void printShingleSize(PrintStream out, int k, List<ExactSimilarityJoin.Pair> pairs) {
        Map<String, int[]> byEdit = new TreeMap<>(); // copies vs origin: [count, still >= 0.8 J or >= 0.9 C]
        int unrelatedAbove = 0;
        for (ExactSimilarityJoin.Pair p : pairs) {
            BenchDoc a = docs.get(p.a()), b = docs.get(p.b());
            BenchDoc copy = a.generated() && a.origin().equals(b.id()) ? a : b.generated() && b.origin().equals(a.id()) ? b : null;
            if (copy != null) {
                int[] c = byEdit.computeIfAbsent(copy.edit(), e -> new int[2]);
                c[0]++;
                if (p.jaccard() >= 0.8 || p.containment() >= 0.9) c[1]++;
            } else if (!a.origin().equals(b.origin()) && !a.generated() && !b.generated() && p.jaccard() >= 0.3 && p.jaccard() < 0.8) {
                unrelatedAbove++;
            }
        }
        out.printf("%nshingle size %d: corpus pairs of different stories at 0.3 <= J < 0.8 (ambiguous zone): %d%n", k, unrelatedAbove);
        byEdit.forEach((edit, c) -> out.printf("  %-18s copies kept at J >= 0.8 or C >= 0.9: %d of %d%n", edit, c[1], c[0]));
    }

    private void printCurve(PrintStream out, int k, int perms, int bands, List<ExactSimilarityJoin.Pair> pairs) {
        DedupConfig config = DedupConfig.standard().withLsh(k, perms, bands);
        Signer signer = new Signer(config);
        Signature[] sigs = docs.stream().map(d -> signer.sign(d.text())).toArray(Signature[]::new);
        int rows = perms / bands;
        int[][] bins = new int[10][2];
        for (ExactSimilarityJoin.Pair p : pairs) {
            int bin = Math.min(9, (int) (p.jaccard() * 10));
            bins[bin][0]++;
            if (shareBand(sigs[p.a()], sigs[p.b()], rows)) bins[bin][1]++;
        }
        SplittableRandom random = new SplittableRandom(7);
        int randomPairs = 200_000, randomHits = 0;
        for (int i = 0; i < randomPairs; i++) {
            int a = random.nextInt(sigs.length), b = random.nextInt(sigs.length);
            if (a != b && !sigs[a].isEmpty() && !sigs[b].isEmpty() && sigs[a].exactHash() != sigs[b].exactHash()
                    && shareBand(sigs[a], sigs[b], rows)) randomHits++;
        }
        out.printf("%nS-curve k=%d, %d permutations, %d bands x %d rows (threshold ~%.2f); random pairs made candidates: %.2e%n",
                k, perms, bands, rows, Math.pow(1.0 / bands, 1.0 / rows), (double) randomHits / randomPairs);
        out.println("  J bin     pairs   measured  theory");
        for (int b = 2; b < 10; b++) {
            if (bins[b][0] == 0) continue;
            double mid = b / 10.0 + 0.05;
            out.printf("  %.1f-%.1f %7d   %.4f    %.4f%n", b / 10.0, b / 10.0 + 0.1, bins[b][0],
                    (double) bins[b][1] / bins[b][0], config.candidateProbability(mid));
        }
    }

    private static boolean shareBand(Signature a, Signature b, int rows) {
        int[] x = a.minHash(), y = b.minHash();
        for (int start = 0; start < x.length; start += rows) {
            int r = start;
            while (r < start + rows && x[r] == y[r]) r++;
            if (r == start + rows) return true;
        }
        return false;
    }
}
