package org.dossier.annotate;

import org.dossier.text.Span;

/**
 * Quoted speech with its speaker. Only speech becomes a quote: scare quotes, epithets and quoted
 * titles are dropped before this record is made.
 *
 * @param span        the quoted words including the quotation marks
 * @param text        the words between the marks
 * @param kind        direct or partial
 * @param speaker     the speaker's name as the article gives it (a pronoun already resolved), or
 *                    {@code null} when the article does not say who spoke
 * @param speakerSpan where {@code speaker} was found (the name, not the pronoun), or {@code null}
 * @param cue         the verb of saying that tied speaker to quote ({@code said}, {@code told}...),
 *                    or {@code carry-over} when the speaker continues from the paragraph
 */
public record QuoteMention(Span span, String text, QuoteKind kind, String speaker, Span speakerSpan, String cue) {}
