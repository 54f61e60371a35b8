package org.dossier.model;

import org.dossier.text.Span;

/**
 * A pointer to the exact source words: a span of one article's cleaned text.
 *
 * @param article the article id
 * @param span    character offsets into that article's {@code text}
 */
public record Citation(String article, Span span) {}
