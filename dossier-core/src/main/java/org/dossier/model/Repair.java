package org.dossier.model;

/**
 * A repair applied to an article's text, reported so a user can see (and doubt) what was changed.
 *
 * @param kind        short machine name, e.g. {@code mojibake}, {@code substitution}
 * @param description what was repaired and how, e.g. {@code "ium" -> "ion" in 9 tokens}
 * @param count       how many places were changed
 */
public record Repair(String kind, String description, int count) {}
