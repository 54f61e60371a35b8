package org.dossier.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads what the user named (files, directories, {@code -} for standard input) into raw
 * documents, one at a time, reporting every input it cannot use and going on with the rest.
 */
public final class Sources {
    /** Largest single document accepted; larger ones are rejected with a clear reason. */
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    private final MediaTypeDetector detector;

    public Sources(MediaTypeDetector detector) {
        this.detector = detector;
    }

    public void read(List<String> inputs, ProblemSink problems, Consumer<RawDocument> out) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStdin(problems, out);
            } else {
                readPath(input, Path.of(input), problems, out);
            }
        }
    }

    private void readStdin(ProblemSink problems, Consumer<RawDocument> out) {
        try (InputStream in = System.in) {
            byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
            emit("-", bytes, problems, out);
        } catch (IOException e) {
            problems.report("-", "cannot read standard input: " + e.getMessage());
        }
    }

    private void readPath(String given, Path path, ProblemSink problems, Consumer<RawDocument> out) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> readFile(f.toString(), f, problems, out));
            } catch (IOException e) {
                problems.report(given, "cannot list directory: " + e.getMessage());
            }
        } else {
            readFile(given, path, problems, out);
        }
    }

    private void readFile(String given, Path path, ProblemSink problems, Consumer<RawDocument> out) {
        try {
            long size = Files.size(path);
            if (size > MAX_DOCUMENT_BYTES) {
                problems.report(given, "too large (" + size / (1024 * 1024) + " MB, limit "
                        + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB)");
                return;
            }
            emit(given, Files.readAllBytes(path), problems, out);
        } catch (NoSuchFileException e) {
            problems.report(given, "no such file or directory");
        } catch (IOException e) {
            problems.report(given, "cannot read: " + e.getMessage());
        }
    }

    private void emit(String source, byte[] bytes, ProblemSink problems, Consumer<RawDocument> out) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            problems.report(source, "too large (limit " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB)");
            return;
        }
        if (bytes.length == 0) {
            problems.report(source, "empty file");
            return;
        }
        out.accept(RawDocument.of(source, detector.detect(source, bytes), bytes));
    }
}
