package org.dossier.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Incremental duplicate detection: each text added is compared with every text added before it
 * (through the {@link CandidateIndex}, never all pairs) and the matches are returned. Stored
 * signatures are never recomputed, so a detector can be rebuilt from a {@link SignatureStore} and
 * carry on with new articles.
 *
 * <p>Memory is a signature (≈ {@code 4 * permutations} bytes plus the sample) and about
 * {@code 8 * (bands + sample + 1)} bytes of postings per text: linear, in primitive arrays. Not
 * thread-safe: one writer.
 *
 * <pre>{@code
 * DuplicateDetector detector = new DuplicateDetector(DedupConfig.standard());
 * for (Article a : articles) {
 *     List<Match> copies = detector.add(a.id(), detector.signer().sign(a.text()));
 * }
 * }</pre>
 */
public final class DuplicateDetector {
    private final Signer signer;
    private final PairClassifier classifier;
    private final CandidateIndex index;
    private final List<String> ids = new ArrayList<>();
    private final List<Signature> signatures = new ArrayList<>();

    public DuplicateDetector(DedupConfig config) {
        this(new Signer(config));
    }

    public DuplicateDetector(Signer signer) {
        this.signer = signer;
        this.classifier = new PairClassifier(signer.config());
        this.index = new CandidateIndex(signer.config());
    }

    public Signer signer() {
        return signer;
    }

    public int size() {
        return ids.size();
    }

    public String id(int ordinal) {
        return ids.get(ordinal);
    }

    public Signature signature(int ordinal) {
        return signatures.get(ordinal);
    }

    /** Postings held by the candidate index (for memory accounting). */
    public long postings() {
        return index.postings();
    }

    /** The stored texts that {@code sig} copies or is copied by; nothing is stored. */
    public List<Match> query(Signature sig) {
        List<Match> out = new ArrayList<>();
        index.candidates(sig, ids.size(), o -> signatures.get(o).sample().length, o -> {
            Optional<PairClassifier.Judgement> j = classifier.judge(sig, signatures.get(o));
            j.ifPresent(v -> out.add(new Match(o, ids.get(o), v.relation(), v.similarity(), v.estimate())));
        });
        return out;
    }

    /** Compares {@code sig} with everything stored, then stores it under {@code id}. */
    public List<Match> add(String id, Signature sig) {
        List<Match> matches = query(sig);
        store(id, sig);
        return matches;
    }

    /** Stores a signature without looking for matches (replaying a store whose matches are known). */
    public int store(String id, Signature sig) {
        int ordinal = ids.size();
        ids.add(id);
        signatures.add(sig);
        index.add(ordinal, sig);
        return ordinal;
    }
}
