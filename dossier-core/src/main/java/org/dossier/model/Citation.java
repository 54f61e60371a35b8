package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.dossier.text.Span;

/**
 * A pointer to the exact source words: a span of one article's cleaned text, or of one of its
 * metadata fields when the words are not in the body (a headline lives in {@code title}).
 *
 * @param article the article id
 * @param span    character offsets into that article's {@code text}, or into {@code field}
 * @param field   {@code null} for the cleaned text, else the article field the span indexes ({@code "title"})
 */
public record Citation(String article, Span span, @JsonInclude(JsonInclude.Include.NON_NULL) String field) {
    /** The article's metadata title, as a citation {@link #field}. */
    public static final String TITLE = "title";

    /** A citation of the article's cleaned text. */
    public Citation(String article, Span span) {
        this(article, span, null);
    }

    /** Whether the span indexes the article's title rather than its text. */
    public boolean inTitle() {
        return TITLE.equals(field);
    }
}
