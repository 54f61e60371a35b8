package org.dossier.annotate;

import org.dossier.text.Span;

/**
 * Reported speech without quotation marks: the source a statement is credited to ("according to
 * the state news agency", "a rights group reported", "a U.S. official said"). Fact alignment uses
 * it to tell whose claim a figure is.
 *
 * @param statement  the sentence (or clause) whose content is attributed
 * @param source     the source as written ({@code "a U.S. official"}, {@code "Reuters"})
 * @param sourceSpan where the source is named
 * @param cue        the attributing words ({@code according to}, {@code reported}, {@code said})
 */
public record Attribution(Span statement, String source, Span sourceSpan, String cue) {}
