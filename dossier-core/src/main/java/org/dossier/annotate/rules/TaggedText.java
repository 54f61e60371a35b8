package org.dossier.annotate.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text with its tagged sentences; the common input of every rule in this package.
 *
 * @param text the article text (spans index it)
 */
public record TaggedText(String text, List<TaggedSentence> sentences) {
    public TaggedText {
        sentences = List.copyOf(sentences);
    }

    /** Every token in text order. */
    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        for (TaggedSentence s : sentences) all.addAll(s.tokens());
        return all;
    }

    /** The sentence containing character {@code offset}, or {@code null}. */
    public TaggedSentence sentenceAt(int offset) {
        for (TaggedSentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) return s;
        }
        return null;
    }
}
