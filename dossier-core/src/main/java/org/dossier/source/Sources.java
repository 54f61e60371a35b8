package org.dossier.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Reads what the user named — files, directories (recursively, in a stable order), {@code -} for
 * standard input, http(s) URLs — into raw documents, one at a time, reporting every input it
 * cannot use and going on with the rest.
 *
 * <p>Containers (WARC, JSON Lines, feeds, zip archives) are expanded by the {@link ContainerReader}
 * registered for their detected media type, streaming, so neither the corpus nor one big container
 * is ever held in memory; single documents are limited to {@link #MAX_DOCUMENT_BYTES}.
 *
 * <pre>{@code
 * Sources sources = new Sources(new MediaTypeDetector());
 * sources.read(List.of("pages/", "crawl.warc.gz", "https://example.org/story"),
 *         problem -> System.err.println(problem), doc -> handle(doc));
 * }</pre>
 */
public final class Sources {
    /** Largest single document accepted; larger ones are rejected with a clear reason. */
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    private final MediaTypeDetector detector;
    private final Map<String, ContainerReader> containers = new HashMap<>();
    private final UrlFetcher fetcher;
    private final long maxBytes;

    /** Every container reader on the class path, the standard URL fetcher and size limit. */
    public Sources(MediaTypeDetector detector) {
        this(detector, installedContainers(), UrlFetcher.standard(MAX_DOCUMENT_BYTES), MAX_DOCUMENT_BYTES);
    }

    public Sources(MediaTypeDetector detector, List<ContainerReader> containerReaders, UrlFetcher fetcher,
            long maxDocumentBytes) {
        this.detector = detector;
        for (ContainerReader reader : containerReaders) {
            for (String type : reader.mediaTypes()) containers.putIfAbsent(type, reader);
        }
        this.fetcher = fetcher;
        this.maxBytes = maxDocumentBytes;
    }

    /** Every {@link ContainerReader} registered through {@link ServiceLoader}. */
    public static List<ContainerReader> installedContainers() {
        return ServiceLoader.load(ContainerReader.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** Reads each input in turn; a failing input is reported and the next one read. */
    public void read(List<String> inputs, ProblemSink problems, Consumer<RawDocument> out) {
        StreamDispatcher dispatcher = new StreamDispatcher(detector, containers, maxBytes, problems);
        for (String input : inputs) {
            if (input.equals("-")) {
                dispatcher.read("-", "-", new NonClosingInputStream(System.in), Origin.UNKNOWN, out);
            } else if (UrlFetcher.isUrl(input)) {
                readUrl(input, dispatcher, problems, out);
            } else {
                readPath(input, Path.of(input), dispatcher, problems, out);
            }
        }
    }

    /** Reads one already opened stream (standard input, a test fixture) named {@code source}. */
    public void read(String source, InputStream in, ProblemSink problems, Consumer<RawDocument> out) {
        new StreamDispatcher(detector, containers, maxBytes, problems).read(source, source, in, Origin.UNKNOWN, out);
    }

    private void readUrl(String url, StreamDispatcher dispatcher, ProblemSink problems, Consumer<RawDocument> out) {
        FetchedResource fetched;
        try {
            fetched = fetcher.fetch(url);
        } catch (IOException e) {
            problems.report(url, e.getMessage());
            return;
        }
        Map<String, String> hints = new HashMap<>();
        if (fetched.charset() != null) hints.put(Hints.CHARSET, fetched.charset());
        if (fetched.mimeType() != null) hints.put(Hints.CONTENT_TYPE, fetched.mimeType());
        Origin origin = new Origin(fetched.url(), fetched.content().length, hints);
        String name = URI.create(fetched.url()).getPath();
        dispatcher.read(url, name == null ? url : name, new ByteArrayInputStream(fetched.content()), origin, out);
    }

    private void readPath(String given, Path path, StreamDispatcher dispatcher, ProblemSink problems,
            Consumer<RawDocument> out) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            problems.report(given, "no such file or directory");
        } else if (Files.isDirectory(path)) {
            for (Path file : listFiles(given, path, problems)) readFile(file.toString(), file, dispatcher, out);
        } else {
            readFile(given, path, dispatcher, out);
        }
    }

    private void readFile(String given, Path path, StreamDispatcher dispatcher, Consumer<RawDocument> out) {
        if (!Files.isRegularFile(path)) {
            dispatcher.problems().report(given, "not a regular file");
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            dispatcher.read(given, path.getFileName().toString(), in, Origin.ofSize(Files.size(path)), out);
        } catch (AccessDeniedException e) {
            dispatcher.problems().report(given, "permission denied");
        } catch (IOException e) {
            dispatcher.problems().report(given, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Regular files under {@code dir}, sorted by path so every run reads them in the same order.
     * Hidden files and folders (a leading dot: {@code .git}, {@code .DS_Store}) are not inputs.
     */
    private static List<Path> listFiles(String given, Path dir, ProblemSink problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(f)) files.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.report(f.toString(), e instanceof AccessDeniedException ? "permission denied"
                            : "cannot read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.report(given, "cannot list directory: " + e.getMessage());
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
