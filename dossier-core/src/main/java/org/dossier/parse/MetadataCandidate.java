package org.dossier.parse;

/**
 * One proposed value for a metadata field, with where it came from, so the resolver can weigh
 * evidence instead of trusting the first value found.
 *
 * @param field      which field
 * @param value      the value as found (dates unparsed)
 * @param origin     where it was found, e.g. {@code meta:og:title}, {@code json-ld}, {@code byline}
 * @param confidence prior trust in this origin, in [0, 1]
 */
public record MetadataCandidate(MetadataField field, String value, String origin, double confidence) {}
