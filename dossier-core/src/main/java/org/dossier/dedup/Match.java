package org.dossier.dedup;

/**
 * A stored text that a new text copies (or is copied by).
 *
 * @param ordinal    the stored text's position in its {@link DuplicateDetector}
 * @param id         the stored text's id
 * @param relation   how the two are copies
 * @param similarity the measure behind the relation: 1 for exact, Jaccard for near and syndicated,
 *                   containment of the smaller text for contained
 * @param estimate   all estimated measures of the pair
 */
public record Match(int ordinal, String id, Relation relation, double similarity, Estimate estimate) {}
