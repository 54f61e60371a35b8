package org.dossier.annotate;

import org.dossier.text.Span;

/**
 * A number bound to what it counts: "more than 430 political prisoners" is {@code value=430,
 * approximation=MORE_THAN, counted="political prisoner"}.
 *
 * @param span          the whole phrase, qualifier to counted noun
 * @param text          the phrase as written
 * @param value         the number (lower bound for ranges and vague amounts)
 * @param max           upper bound for ranges and vague amounts, else equal to {@code value}
 * @param approximation how exact the statement is
 * @param unit          {@code "%"} or an ISO 4217 currency code, or {@code null} for counts
 * @param counted       singular lemma phrase of what is counted, or {@code null} when unstated
 */
public record QuantityMention(Span span, String text, double value, double max, Approximation approximation,
        String unit, String counted) {}
