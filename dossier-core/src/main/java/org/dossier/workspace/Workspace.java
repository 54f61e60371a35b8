package org.dossier.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.dedup.DedupConfig;
import org.dossier.dedup.Deduplicator;
import org.dossier.dedup.FileSignatureStore;
import org.dossier.model.Article;

/**
 * A folder that keeps a corpus durably and grows incrementally: {@code dossier add} appends only
 * what it has not seen (the same source with the same bytes is a no-op), and an interrupted add
 * loses nothing already committed. Later stages keep their own state (signatures, events) beside
 * the articles in the same folder.
 *
 * <p>Layout: {@code articles.jsonl} (append-only, one article per line), {@code signatures.dsig}
 * (duplicate-detection signatures), {@code workspace.lock} (held while open, so two writers never
 * interleave). Only article ids and compact signatures are held in memory.
 */
public final class Workspace implements AutoCloseable {
    static final String ARTICLES = "articles.jsonl";

    private final Path dir;
    private final boolean temporary;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ArticleLog log;
    private final Set<String> ids = new HashSet<>();
    private FileSignatureStore signatures;
    private Deduplicator duplicates;

    private Workspace(Path dir, boolean temporary) throws IOException {
        this.dir = dir;
        this.temporary = temporary;
        Files.createDirectories(dir);
        lockChannel = FileChannel.open(dir.resolve("workspace.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lockChannel.close();
            throw new IOException("workspace " + dir + " is already open in this process", e);
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("workspace " + dir + " is in use by another dossier process");
        }
        log = ArticleLog.open(dir.resolve(ARTICLES));
        ArticleLog.forEach(log.file(), a -> ids.add(a.id()));
    }

    /** Opens the workspace in {@code dir}, creating it when absent. */
    public static Workspace open(Path dir) throws IOException {
        return new Workspace(dir, false);
    }

    /** A workspace in a fresh temporary folder, deleted on {@link #close()}. */
    public static Workspace temporary() throws IOException {
        return new Workspace(Files.createTempDirectory("dossier-ws-"), true);
    }

    public Path dir() {
        return dir;
    }

    /** True when an article with this id is stored (its source was added with the same bytes). */
    public boolean contains(String articleId) {
        return ids.contains(articleId);
    }

    public int size() {
        return ids.size();
    }

    /** Stores an article unless one with its id is there; returns whether it was added. */
    public boolean add(Article article) throws IOException {
        if (!ids.add(article.id())) return false;
        log.append(article);
        return true;
    }

    /**
     * The duplicate detector over this workspace's articles. Its signatures live in the folder
     * ({@code signatures.dsig}), so a later add matches new articles against stored ones without
     * recomputing them. Opened on first use.
     */
    public Deduplicator duplicates() throws IOException {
        if (duplicates == null) {
            signatures = FileSignatureStore.inWorkspace(dir, DedupConfig.standard());
            duplicates = new Deduplicator(DedupConfig.standard(), signatures);
        }
        return duplicates;
    }

    /** Makes every added article (and its signature) durable. */
    public void commit() throws IOException {
        log.commit();
        if (signatures != null) signatures.commit();
    }

    /** Streams the stored articles in the order added. */
    public void forEachArticle(Consumer<Article> action) {
        try {
            ArticleLog.forEach(log.file(), action);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
            log.close();
            if (signatures != null) signatures.close();
        } finally {
            lock.release();
            lockChannel.close();
            if (temporary) deleteTree(dir);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
