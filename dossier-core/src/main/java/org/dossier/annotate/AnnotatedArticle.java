package org.dossier.annotate;

import java.util.List;
import org.dossier.model.Article;

/**
 * An article with everything the annotate stage found in it. Every mention's span indexes
 * {@code article.text()}. Immutable; {@link #withTimes} adds the time layer afterwards.
 */
public record AnnotatedArticle(
        Article article,
        List<EntityMention> entities,
        List<QuantityMention> quantities,
        List<QuoteMention> quotes,
        List<Attribution> attributions,
        List<TimeMention> times) {

    public AnnotatedArticle {
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        times = List.copyOf(times);
    }

    /** A copy carrying {@code times} (from a {@link TimeTagger}) in place of the current ones. */
    public AnnotatedArticle withTimes(List<TimeMention> times) {
        return new AnnotatedArticle(article, entities, quantities, quotes, attributions, times);
    }
}
