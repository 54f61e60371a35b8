package org.dossier.annotate;

import org.dossier.text.Span;

/**
 * A time expression normalized against an anchor, TIMEX3-style. Produced by a {@link TimeTagger};
 * the annotate stage only carries it so later stages find every mention of one article together.
 *
 * @param span   the expression in the article text
 * @param text   the expression as written
 * @param type   {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value  the TIMEX3 value ({@code 2026-03-19}, {@code 2025-12}, {@code P3Y}...)
 * @param anchor the date the value was computed from, or {@code null} when none was needed
 */
public record TimeMention(Span span, String text, String type, String value, String anchor) {}
