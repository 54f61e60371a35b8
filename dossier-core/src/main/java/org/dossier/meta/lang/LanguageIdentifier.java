package org.dossier.meta.lang;

import java.util.Optional;

/**
 * Names the language a text is written in. Pages often declare a wrong language (a template's
 * {@code lang="en"} on a German article), so the resolver checks declarations against this.
 */
@FunctionalInterface
public interface LanguageIdentifier {
    /** The language of {@code text}, or empty when the text is too short or mixed to tell. */
    Optional<LanguageGuess> identify(CharSequence text);

    /** An identifier that never answers, for pipelines that do without language detection. */
    LanguageIdentifier NONE = text -> Optional.empty();
}
