package org.dossier.annotate;

import org.dossier.text.Span;

/**
 * One occurrence of a name in an article's cleaned text.
 *
 * @param span character range in {@code Article.text()}
 * @param text the words as written (e.g. {@code "Aleksandr G. Lukashenko"})
 * @param type what kind of thing is named
 */
public record EntityMention(Span span, String text, EntityType type) {}
