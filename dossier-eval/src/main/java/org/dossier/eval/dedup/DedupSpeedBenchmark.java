package org.dossier.eval.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.dedup.DedupConfig;
import org.dossier.dedup.DuplicateDetector;
import org.dossier.dedup.Shingles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: signatures plus candidate search over every Reuters-21578 and BBC story, into an empty
 * index, one thread. One operation is the whole corpus ({@link #ARTICLES} per run); articles per
 * second is the corpus size over the score. Ours includes verification of every candidate; the
 * Lucene baseline only counts candidates; the exact baseline finds every pair exactly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DedupSpeedBenchmark {
    private List<String> texts;

    @Setup(Level.Trial)
    public void load() {
        texts = SpeedCorpus.texts();
    }

    /** Our signer and detector: sign, find candidates, verify, store. */
    @Benchmark
    public long ours() {
        return runOurs();
    }

    /** Lucene's MinHashFilter chain with the same banding. */
    @Benchmark
    public long lucene() {
        return runLucene();
    }

    long runOurs() {
        DuplicateDetector detector = new DuplicateDetector(DedupConfig.standard());
        long matches = 0;
        for (int i = 0; i < texts.size(); i++) {
            matches += detector.add(Integer.toString(i), detector.signer().sign(texts.get(i))).size();
        }
        return matches;
    }

    long runLucene() {
        LuceneMinHashBaseline baseline = new LuceneMinHashBaseline();
        long candidates = 0;
        for (String t : texts) candidates += baseline.add(t);
        return candidates;
    }

    /**
     * Exact all-pairs similarity (prefix-filtered, so far faster than comparing every pair) over the
     * whole corpus, at containment of the smaller text 0.8 or more; shingling included.
     */
    @Benchmark
    public long exactAllPairs() {
        List<long[]> sets = new ArrayList<>(texts.size());
        for (String t : texts) sets.add(Shingles.of(Shingles.tokenHashes(t), DedupConfig.standard().shingleSize()));
        return ExactSimilarityJoin.join(sets, 0.8).size();
    }
}
