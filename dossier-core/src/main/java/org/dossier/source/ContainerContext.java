package org.dossier.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** What a {@link ContainerReader} may use while expanding: limits, problem reporting, nested reading. */
public interface ContainerContext {
    /** Where damaged members are reported ({@code source#fragment: reason}). */
    ProblemSink problems();

    /** Largest member accepted; larger ones are reported and skipped. */
    long maxDocumentBytes();

    /** The media type of a member, by content first and its name second. */
    String detect(String name, byte[] head);

    /**
     * Reads a member that is itself a file of unknown type (a zip entry): detects it and either
     * emits it or expands it if it is a container too.
     */
    void readNested(String source, InputStream in, Consumer<RawDocument> out);

    /**
     * Reads a member's bytes, at most {@link #maxDocumentBytes()}; reports it and returns
     * {@code null} when it is larger.
     */
    default byte[] readMember(String source, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes() + 1));
        if (bytes.length > maxDocumentBytes()) {
            problems().report(source, "too large (over the " + SizeLimit.describe(maxDocumentBytes()) + " limit)");
            return null;
        }
        return bytes;
    }
}
