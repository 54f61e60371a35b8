package org.dossier.clean;

/**
 * Decides whether a token is a real word. Repairs use it to tell corrupted text from valid text:
 * a change is only worth making when it turns unknown tokens into known words.
 */
@FunctionalInterface
public interface Lexicon {
    /** True when {@code lowerCaseWord} is a known word form (the argument is lower case). */
    boolean contains(String lowerCaseWord);

    /** Known to this lexicon or to {@code other}. */
    default Lexicon or(Lexicon other) {
        return w -> contains(w) || other.contains(w);
    }

    /**
     * The corpus's own clean vocabulary: words seen in at least {@code minDocuments} documents.
     * A systematic corruption lives in one document (or one copy), so asking for two keeps a
     * corrupted form from vouching for itself.
     */
    static Lexicon ofCorpus(CorpusEvidence corpus, int minDocuments) {
        return w -> corpus.documentsWithWord(w) >= minDocuments;
    }

    Lexicon EMPTY = w -> false;
}
