package org.dossier.formats;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.parse.DocumentParser;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParserRegistry;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.Problem;
import org.dossier.source.Sources;

/**
 * The reading half of the pipeline as one function over arbitrary bytes, for fuzzing: detection,
 * container expansion and parsing. Its contract is that nothing but a reported problem or a
 * {@link ParseException} comes out of any input.
 */
public final class ReadAnything {
    private static final Sources SOURCES = new Sources(new MediaTypeDetector(), Sources.installedContainers(),
            org.dossier.source.UrlFetcher.standard(1 << 20), 1 << 20);
    private static final ParserRegistry PARSERS = ParserRegistry.loadInstalled();

    private ReadAnything() {}

    /** Outcome counts of one input. */
    public record Outcome(int parsed, int rejected, List<Problem> problems) {}

    /** Reads {@code bytes} as the file {@code name}; any other exception is a bug. */
    public static Outcome read(String name, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        int[] counts = new int[2];
        SOURCES.read(name, new ByteArrayInputStream(bytes), problems::add, doc -> {
            Optional<DocumentParser> parser = PARSERS.forType(doc.mediaType());
            if (parser.isEmpty()) return;
            try {
                parser.get().parse(doc);
                counts[0]++;
            } catch (ParseException e) {
                counts[1]++;
            }
        });
        return new Outcome(counts[0], counts[1], problems);
    }
}
