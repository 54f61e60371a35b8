package org.dossier.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dossier.text.Charsets;

/**
 * Turns one input stream into raw documents: peeks at its head, detects the media type, then
 * either expands it with the matching {@link ContainerReader} or reads it as one document within
 * the size limit. Every rejection is reported once, naming the source.
 */
final class StreamDispatcher implements ContainerContext {
    private static final int MAX_NESTING = 4;

    private final MediaTypeDetector detector;
    private final Map<String, ContainerReader> containers;
    private final long maxBytes;
    private final ProblemSink problems;
    private final int depth;

    StreamDispatcher(MediaTypeDetector detector, Map<String, ContainerReader> containers, long maxBytes,
            ProblemSink problems) {
        this(detector, containers, maxBytes, problems, 0);
    }

    private StreamDispatcher(MediaTypeDetector detector, Map<String, ContainerReader> containers, long maxBytes,
            ProblemSink problems, int depth) {
        this.detector = detector;
        this.containers = containers;
        this.maxBytes = maxBytes;
        this.problems = problems;
        this.depth = depth;
    }

    /** The dispatcher for what is found inside a container or compressed stream one level down. */
    private StreamDispatcher deeper() {
        return new StreamDispatcher(detector, containers, maxBytes, problems, depth + 1);
    }

    @Override
    public ProblemSink problems() {
        return problems;
    }

    @Override
    public long maxDocumentBytes() {
        return maxBytes;
    }

    @Override
    public String detect(String name, byte[] head) {
        return detector.detect(name, head);
    }

    @Override
    public void readNested(String source, InputStream in, Consumer<RawDocument> out) {
        read(source, source, in, Origin.UNKNOWN, out);
    }

    /**
     * Reads one input.
     *
     * @param source the name reported and stored (path, URL, {@code -}, or {@code container#member})
     * @param name   the name used as a detection tie-breaker (the URL path, or the file name)
     */
    void read(String source, String name, InputStream raw, Origin origin, Consumer<RawDocument> out) {
        if (depth > MAX_NESTING) {
            problems.report(source, "nested too deeply (archives or compression more than " + MAX_NESTING + " levels)");
            return;
        }
        try {
            BufferedInputStream in = new BufferedInputStream(raw, MediaTypeDetector.HEAD_BYTES);
            in.mark(MediaTypeDetector.HEAD_BYTES);
            byte[] head = in.readNBytes(MediaTypeDetector.HEAD_BYTES);
            in.reset();
            if (head.length == 0) {
                problems.report(source, "empty file");
                return;
            }
            String type = detector.detect(name, head);
            if (type.equals(MediaTypeDetector.GZIP)) {
                String inner = name.replaceFirst("(?i)\\.t?gz$", "");
                deeper().read(source, inner, new GZIPInputStream(in), Origin.UNKNOWN.withHints(origin), out);
                return;
            }
            ContainerReader container = containers.get(type);
            if (container != null) {
                expand(container, source, in, out);
                return;
            }
            readSingle(source, type, in, origin, head, out);
        } catch (ZipException e) {
            problems.report(source, "corrupt compressed data (" + e.getMessage() + ")");
        } catch (IOException e) {
            problems.report(source, "cannot read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            problems.report(source, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private void expand(ContainerReader container, String source, InputStream in, Consumer<RawDocument> out) {
        AtomicInteger count = new AtomicInteger();
        try {
            container.expand(source, in, deeper(), doc -> {
                count.incrementAndGet();
                out.accept(doc);
            });
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.report(source, "unreadable after " + count.get() + " document" + (count.get() == 1 ? "" : "s")
                    + " (" + reason + "); the rest of it was skipped");
        }
    }

    private void readSingle(String source, String type, InputStream in, Origin origin, byte[] head,
            Consumer<RawDocument> out) throws IOException {
        if (type.equals(MediaTypeDetector.BINARY)) {
            problems.report(source, "not a document: binary data of unknown format");
            return;
        }
        if (origin.size() > maxBytes) {
            problems.report(source, "too large (" + SizeLimit.describe(origin.size()) + ", over the "
                    + SizeLimit.describe(maxBytes) + " limit)");
            return;
        }
        byte[] bytes = readMember(source, in);
        if (bytes == null) return;
        if (isBlank(bytes)) {
            problems.report(source, "empty file (only white space)");
            return;
        }
        Map<String, String> hints = new HashMap<>(origin.hints());
        if (!hints.containsKey(Hints.CHARSET) && isMarkup(type)) {
            String declared = Charsets.declaredInMarkup(head);
            if (declared != null) hints.put(Hints.CHARSET, declared);
        }
        out.accept(new RawDocument(source, type, bytes, origin.url(), hints));
    }

    private static boolean isMarkup(String type) {
        return type.equals(MediaTypeDetector.HTML) || type.equals(MediaTypeDetector.XML);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') return false;
        }
        return true;
    }
}
