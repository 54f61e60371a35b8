package org.dossier.clean;

/**
 * Evidence that only the corpus as a whole can give: a line that recurs across many documents of
 * one outlet is template, not news; a word that is frequent in clean documents is a real word.
 * Implementations must stay bounded in memory however large the corpus is.
 *
 * <p>Lines are compared in their {@link LineKey normalized} form, and documents are grouped by
 * {@link CorpusGroups#of outlet or host}.
 */
public interface CorpusEvidence {
    /** How many documents of {@code group} (an outlet or host) contain this normalized line. */
    int documentsWithLine(String group, String normalizedLine);

    /** How many documents of {@code group} were seen. */
    int documents(String group);

    /** How often {@code word} (lower case) was seen in the corpus. */
    long wordCount(String word);

    /** In how many documents {@code word} (lower case) was seen; a word from one copy vouches for nothing. */
    default int documentsWithWord(String word) {
        return wordCount(word) > 0 ? 1 : 0;
    }

    /** No corpus evidence: every document is judged on its own. */
    CorpusEvidence NONE = new CorpusEvidence() {
        @Override
        public int documentsWithLine(String group, String normalizedLine) {
            return 0;
        }

        @Override
        public int documents(String group) {
            return 0;
        }

        @Override
        public long wordCount(String word) {
            return 0;
        }

        @Override
        public int documentsWithWord(String word) {
            return 0;
        }
    };
}
