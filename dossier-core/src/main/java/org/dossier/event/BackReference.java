package org.dossier.event;

import org.dossier.text.Span;

/**
 * A sentence in an article of one event that speaks of another event: it states one of the
 * other event's exact lead numbers about the same counted thing ("the last time ..., in December,
 * 123 prisoners were released"). When the sentence carries a date, it can date the other event.
 *
 * @param fromEvent the event of the article that refers back
 * @param toEvent   the event referred to
 * @param article   the referring article
 * @param sentence  the referring sentence
 * @param date      the date the sentence gives, or null
 * @param dateText  the words of that date, or null
 */
public record BackReference(String fromEvent, String toEvent, String article, Span sentence, DateValue date,
        String dateText) {}
