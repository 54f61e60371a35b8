package org.dossier.eval.metadata;

import java.util.List;
import org.dossier.model.Article;

/**
 * The metadata fields under evaluation, as strings (dates as ISO days), with {@code null} for
 * "none": expecting nothing is a real expectation (a caption is no headline).
 */
record Fields(String title, String outlet, List<String> authors, String wire, String published, String url,
        String language) {
    Fields {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    static Fields of(Article a) {
        return new Fields(a.title(), a.outlet(), a.authors(), a.wire(),
                a.published() == null ? null : a.published().toString(), a.url(), a.language());
    }

    static final List<String> NAMES = List.of("title", "outlet", "authors", "wire", "published", "url", "language");

    /** Whether {@code got} matches this (expected) value of the named field. */
    boolean matches(String field, Fields got) {
        return switch (field) {
            case "title" -> FieldMatch.sameText(title, got.title);
            case "outlet" -> FieldMatch.sameText(outlet, got.outlet);
            case "authors" -> FieldMatch.samePeople(authors, got.authors);
            case "wire" -> FieldMatch.sameText(wire, got.wire);
            case "published" -> java.util.Objects.equals(published, got.published);
            case "url" -> java.util.Objects.equals(url, got.url);
            case "language" -> java.util.Objects.equals(language, got.language);
            default -> throw new IllegalArgumentException(field);
        };
    }

    String show(String field) {
        return switch (field) {
            case "title" -> title;
            case "outlet" -> outlet;
            case "authors" -> String.join("; ", authors);
            case "wire" -> wire;
            case "published" -> published;
            case "url" -> url;
            case "language" -> language;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
