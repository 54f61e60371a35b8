package org.dossier.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Expands one input holding many documents (a WARC file, a JSON Lines export, a feed, a zip of
 * saved pages) into raw documents, one at a time, so a container of any size is read in bounded
 * memory.
 *
 * <p>Implementations are found through {@link java.util.ServiceLoader}, like parsers, so the
 * heavy container formats (WARC, feeds) live in the formats module. A damaged member is reported
 * through {@link ContainerContext#problems()} as {@code source#fragment} and reading goes on with
 * the next member; only damage that makes the rest unreadable ends the container, by throwing.
 *
 * <pre>{@code
 * // META-INF/services/org.dossier.source.ContainerReader
 * org.dossier.formats.warc.WarcContainerReader
 * }</pre>
 */
public interface ContainerReader {
    /** Media types this reader expands, from {@link MediaTypeDetector}. */
    Set<String> mediaTypes();

    /**
     * Reads every member of the container.
     *
     * @param source  the container as the user named it; members are named {@code source#fragment}
     * @param in      the container's bytes from the start (the reader need not close it)
     * @param context limits, problem reporting and nested detection
     * @param out     receives each member
     * @throws IOException when the container cannot be read any further; members already handed
     *                     out stay handed out
     */
    void expand(String source, InputStream in, ContainerContext context, Consumer<RawDocument> out) throws IOException;
}
