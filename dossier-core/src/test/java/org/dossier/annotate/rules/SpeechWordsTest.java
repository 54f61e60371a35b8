package org.dossier.annotate.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class SpeechWordsTest {
    private static Token token(String word, String pos, String lemma) {
        return new Token(new Span(0, word.length()), word, pos, lemma, "O");
    }

    @Test
    void verbsOfSayingAreKnownByLemmaAndOnlyAsVerbs() {
        assertTrue(SpeechWords.isSpeechVerb(token("told", "VBD", "tell")));
        assertTrue(SpeechWords.isSpeechVerb(token("hailed", "VBD", "hail")));
        assertFalse(SpeechWords.isSpeechVerb(token("statement", "NN", "statement")));
    }

    @Test
    void labelNounsCountOnlyAsNouns() {
        assertTrue(SpeechWords.isEpithetCue(token("dubbed", "VBN", "dub")));
        assertTrue(SpeechWords.isEpithetCue(token("slogan", "NN", "slogan")));
        assertFalse(SpeechWords.isEpithetCue(token("show", "VB", "show")));
        assertTrue(SpeechWords.isSourceHead(token("spokeswoman", "NN", "spokeswoman")));
    }
}
