package org.dossier.annotate;

import java.util.List;
import org.dossier.model.Article;

/**
 * The slot where a time-expression tagger plugs into annotation. Kept separate from
 * {@link Annotator} so time normalization can evolve (and be re-anchored when an undated article
 * receives an inferred date) without reloading the language toolkit.
 */
@FunctionalInterface
public interface TimeTagger {
    /** No time tagging: articles carry no time mentions. */
    TimeTagger NONE = article -> List.of();

    List<TimeMention> tag(Article article);
}
