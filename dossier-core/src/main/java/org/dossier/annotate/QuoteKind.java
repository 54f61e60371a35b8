package org.dossier.annotate;

/** Whether quoted words stand as a whole utterance or are woven into the reporter's sentence. */
public enum QuoteKind {
    /** A full utterance: {@code "We will win," she said.} */
    DIRECT,
    /** A fragment inside reported speech: {@code She hailed it as "a turning point".} */
    PARTIAL
}
