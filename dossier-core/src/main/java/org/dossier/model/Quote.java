package org.dossier.model;

import org.dossier.text.Span;

/**
 * Direct or partial speech with its speaker.
 *
 * @param speaker entity id when resolved, else the speaker's name as written
 */
public record Quote(String text, String speaker, String article, Span span) {}
