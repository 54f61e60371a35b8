package org.dossier.annotate.rules;

import org.dossier.text.Span;

/**
 * Who said something, as found next to a quote or an attributed statement.
 *
 * @param name    the name or noun phrase as written (a pronoun until resolved)
 * @param span    where it is written
 * @param cue     the verb or phrase that tied it to the words
 * @param pronoun true while {@code name} is an unresolved pronoun
 */
record Speaker(String name, Span span, String cue, boolean pronoun) {
    Speaker withCue(String newCue) {
        return new Speaker(name, span, newCue, pronoun);
    }
}
