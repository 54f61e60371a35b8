package org.dossier.annotate.rules;

import java.util.List;
import org.dossier.text.Span;

/**
 * A sentence of tagged tokens.
 *
 * @param index     position of the sentence in its text
 * @param paragraph index of the paragraph it belongs to (paragraphs are separated by line breaks
 *                  that survive soft-wrap joining, see {@link ToolkitText})
 */
public record TaggedSentence(int index, int paragraph, Span span, List<Token> tokens) {
    public TaggedSentence {
        tokens = List.copyOf(tokens);
    }
}
