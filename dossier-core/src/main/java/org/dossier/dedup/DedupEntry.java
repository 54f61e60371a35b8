package org.dossier.dedup;

/**
 * One article as duplicate detection stores it.
 *
 * @param id        the article id
 * @param signature its text's signature
 * @param traits    what the canonical choice weighs
 */
public record DedupEntry(String id, Signature signature, CopyTraits traits) {}
