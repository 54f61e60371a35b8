package org.dossier.meta.lang;

/**
 * A language identification result.
 *
 * @param language ISO 639-1 code (two letters), or ISO 639-3 where no two-letter code exists
 * @param margin   how clearly it won, in [0, 1]: the winner's share of the top two scores
 *                 rescaled so that a tie is 0 and a clear win is near 1
 */
public record LanguageGuess(String language, double margin) {}
