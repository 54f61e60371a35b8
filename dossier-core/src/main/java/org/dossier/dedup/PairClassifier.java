package org.dossier.dedup;

import java.util.Optional;

/**
 * Decides from two signatures whether the texts are copies, and which kind. The order of the tests
 * is the order of evidence: identical tokens, then overall resemblance, then one text inside the
 * other, then a shared body with different heads and tails.
 */
public final class PairClassifier {
    private final DedupConfig config;

    public PairClassifier(DedupConfig config) {
        this.config = config;
    }

    /** The relation and its similarity, or empty when the texts are not copies. */
    public Optional<Judgement> judge(Signature a, Signature b) {
        if (a.isEmpty() || b.isEmpty()) return Optional.empty();
        if (a.exactHash() == b.exactHash() && a.shingleCount() == b.shingleCount()) {
            return Optional.of(new Judgement(Relation.EXACT, 1.0, new Estimate(1, 1, 1)));
        }
        Estimate e = Estimate.of(a, b, config.maxSample());
        if (e.jaccard() >= config.nearJaccard()) return Optional.of(new Judgement(Relation.NEAR, e.jaccard(), e));
        Signature smaller = a.shingleCount() <= b.shingleCount() ? a : b;
        double inSmaller = e.containmentOfSmaller(a, b);
        double inLarger = a == smaller ? e.containmentSecond() : e.containmentFirst();
        if (smaller.shingleCount() >= config.minContainedShingles() && inSmaller >= config.containedContainment()) {
            return Optional.of(new Judgement(Relation.CONTAINED, inSmaller, e));
        }
        if (smaller.shingleCount() >= config.minSyndicatedShingles() && e.jaccard() >= config.syndicatedJaccard()
                && Math.min(inSmaller, inLarger) >= config.syndicatedContainment()) {
            return Optional.of(new Judgement(Relation.SYNDICATED, e.jaccard(), e));
        }
        return Optional.empty();
    }

    /**
     * A verdict on one pair.
     *
     * @param relation   how the texts are copies
     * @param similarity the measure behind the relation (see {@link Match#similarity()})
     * @param estimate   all estimated measures
     */
    public record Judgement(Relation relation, double similarity, Estimate estimate) {}
}
