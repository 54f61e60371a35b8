package org.dossier.annotate;

import org.dossier.model.Article;

/**
 * The annotate stage: one article in, its mentions out. Implementations wrap a language toolkit
 * and are found on the class path with {@link Annotators#installed()}, so the core never depends
 * on a toolkit. Implementations must be thread-safe and should load their models lazily, once per
 * JVM, because loading is far more expensive than annotating.
 */
public interface Annotator {
    AnnotatedArticle annotate(Article article);

    /**
     * Loads the models now rather than on the first article, so a caller can overlap loading with
     * other work; a no-op for annotators without models. Loading happens once per JVM either way.
     */
    default void load() {}

    /** A short name for reports, e.g. {@code corenlp}. */
    default String name() {
        return getClass().getSimpleName();
    }
}
