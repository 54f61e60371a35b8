package org.dossier.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;

/**
 * The duplicate-detection stage: articles in, groups of copies out, signatures kept in a
 * {@link SignatureStore} so that a later run adds articles without recomputing what is stored.
 *
 * <pre>{@code
 * Deduplication d = Deduplicator.of(articles);                     // one-off, in memory
 *
 * try (SignatureStore store = FileSignatureStore.inWorkspace(dir, DedupConfig.standard())) {
 *     Deduplicator dedup = new Deduplicator(DedupConfig.standard(), store);  // replays the store
 *     newArticles.forEach(dedup::add);                              // only these are signed
 *     store.commit();
 *     Deduplication all = dedup.result();                           // groups over old and new
 * }
 * }</pre>
 *
 * <p>Adding an article whose id is already stored is a no-op (the same source added twice).
 */
public final class Deduplicator {
    private final DuplicateDetector detector;
    private final SignatureStore store;
    private final List<DedupEntry> entries = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    private final List<DuplicateGrouper.Edge> edges = new ArrayList<>();
    private final DuplicateGrouper grouper;

    /** Replays every entry of {@code store} (matching them again from their stored signatures). */
    public Deduplicator(DedupConfig config, SignatureStore store) {
        this.detector = new DuplicateDetector(config);
        this.store = store;
        this.grouper = new DuplicateGrouper(config);
        try {
            store.forEach(this::index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Groups the articles' copies in memory. */
    public static Deduplication of(List<Article> articles) {
        Deduplicator d = new Deduplicator(DedupConfig.standard(), new InMemorySignatureStore());
        articles.forEach(d::add);
        return d.result();
    }

    /** Signs, matches and stores one article; returns its matches with stored articles. */
    public List<Match> add(Article article) {
        return add(article.id(), article.text(), CopyTraits.of(article));
    }

    /** Signs, matches and stores one text under {@code id}; returns its matches with stored texts. */
    public List<Match> add(String id, String text, CopyTraits traits) {
        if (known.contains(id)) return List.of();
        DedupEntry entry = new DedupEntry(id, detector.signer().sign(text), traits);
        try {
            store.append(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index(entry);
    }

    /** The groups over everything stored and added so far. */
    public Deduplication result() {
        return new Deduplication(grouper.group(entries.size(), entries::get, edges));
    }

    /** The entry stored at {@code ordinal} (ordinals count from 0 in the order articles were added). */
    public DedupEntry entry(int ordinal) {
        return entries.get(ordinal);
    }

    /** Number of articles known. */
    public int size() {
        return entries.size();
    }

    private List<Match> index(DedupEntry entry) {
        if (!known.add(entry.id())) return List.of();
        List<Match> matches = detector.add(entry.id(), entry.signature());
        int ordinal = entries.size();
        entries.add(entry);
        for (Match m : matches) edges.add(new DuplicateGrouper.Edge(m.ordinal(), ordinal, m.relation(), m.similarity()));
        return matches;
    }
}
