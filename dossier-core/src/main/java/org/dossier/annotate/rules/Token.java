package org.dossier.annotate.rules;

import org.dossier.text.Span;

/**
 * One word as a language toolkit tagged it. The rules in this package read only these records,
 * so they work over any toolkit that can fill them.
 *
 * @param span  character range in the article text
 * @param word  the word as written
 * @param pos   Penn Treebank part-of-speech tag ({@code NNP}, {@code VBD}, {@code CD}...)
 * @param lemma dictionary form, lower case for common words
 * @param ner   the toolkit's named-entity tag ({@code PERSON}, {@code ORGANIZATION},
 *              {@code LOCATION}, {@code MISC}, {@code DATE}..., {@code O} for none)
 */
public record Token(Span span, String word, String pos, String lemma, String ner) {
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
