package org.dossier.eval.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.dedup.DedupConfig;
import org.dossier.dedup.Shingles;

/**
 * The benchmark's ground truth: exact Jaccard and containment over the same word shingles the
 * detector uses, for every pair where the smaller text has at least 40% of its shingles in the
 * larger. Each pair falls in one class:
 *
 * <ul>
 *   <li>{@link Kind#COPY}: Jaccard at least 0.8, or containment at least 0.9 with the smaller text at
 *       least {@value #MIN_CONTAINED} shingles long (about a sentence: shorter texts inside longer
 *       ones are bylines and captions) — the bar's class;
 *   <li>{@link Kind#PARTIAL}: a shared body below that bar (Jaccard at least 0.4, or containment at
 *       least 0.6), or two texts generated from one story — grouping them is not an error, missing
 *       them is not a miss;
 *   <li>{@link Kind#DIFFERENT}: everything else, including every pair never listed here.
 * </ul>
 */
final class Truth {
    enum Kind { COPY, PARTIAL, DIFFERENT }

    static final int MIN_CONTAINED = 20;

    private final Map<Long, ExactSimilarityJoin.Pair> pairs = new HashMap<>();
    private final List<BenchDoc> docs;
    private final int[] sizes;
    private final int minContained;

    Truth(List<BenchDoc> docs, DedupConfig config) {
        this.docs = docs;
        this.minContained = MIN_CONTAINED;
        List<long[]> sets = docs.stream().map(d -> Shingles.of(Shingles.tokenHashes(d.text()), config.shingleSize())).toList();
        sizes = sets.stream().mapToInt(s -> s.length).toArray();
        for (ExactSimilarityJoin.Pair p : ExactSimilarityJoin.join(sets, 0.4)) pairs.put(key(p.a(), p.b()), p);
    }

    static long key(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    Map<Long, ExactSimilarityJoin.Pair> pairs() {
        return pairs;
    }

    ExactSimilarityJoin.Pair pair(int a, int b) {
        return pairs.get(key(a, b));
    }

    Kind kind(int a, int b) {
        ExactSimilarityJoin.Pair p = pair(a, b);
        boolean sameOrigin = docs.get(a).origin().equals(docs.get(b).origin());
        if (p == null) return sameOrigin ? Kind.PARTIAL : Kind.DIFFERENT;
        if (isCopy(p)) return Kind.COPY;
        return p.jaccard() >= 0.4 || p.containment() >= 0.6 || sameOrigin ? Kind.PARTIAL : Kind.DIFFERENT;
    }

    boolean isCopy(ExactSimilarityJoin.Pair p) {
        return p.jaccard() >= 0.8 || (p.containment() >= 0.9 && Math.min(sizes[p.a()], sizes[p.b()]) >= minContained);
    }

    /** The reporting band of a pair, by its exact measures. */
    String band(int a, int b) {
        ExactSimilarityJoin.Pair p = pair(a, b);
        if (p == null) return kind(a, b) == Kind.PARTIAL ? "generated, below 0.4" : "different";
        if (p.jaccard() >= 0.9) return "J >= 0.9";
        if (p.jaccard() >= 0.8) return "0.8 <= J < 0.9";
        if (isCopy(p)) return "C >= 0.9, J < 0.8";
        return kind(a, b) == Kind.PARTIAL ? "partial (J >= 0.4 or C >= 0.6)" : "different";
    }
}
