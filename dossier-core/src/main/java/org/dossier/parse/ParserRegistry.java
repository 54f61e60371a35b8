package org.dossier.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the parser for a media type. Parsers come from {@link ServiceLoader}, so adding the
 * formats module to the class path adds PDF, office documents and the rest.
 */
public final class ParserRegistry {
    private final Map<String, DocumentParser> byType = new HashMap<>();

    public ParserRegistry(List<DocumentParser> parsers) {
        for (DocumentParser p : parsers) {
            for (String type : p.mediaTypes()) byType.putIfAbsent(type, p);
        }
    }

    /** Every parser on the class path. */
    public static ParserRegistry loadInstalled() {
        List<DocumentParser> parsers = ServiceLoader.load(DocumentParser.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        return new ParserRegistry(parsers);
    }

    public Optional<DocumentParser> forType(String mediaType) {
        return Optional.ofNullable(byType.get(mediaType));
    }
}
