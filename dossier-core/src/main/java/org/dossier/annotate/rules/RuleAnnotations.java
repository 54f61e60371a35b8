package org.dossier.annotate.rules;

import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.EntityMention;
import org.dossier.model.Article;

/**
 * Runs every rule of this package over one tagged article: the part of annotation that does not
 * depend on which toolkit tagged the words. A toolkit module only has to produce a
 * {@link TaggedText} of the article's text (prepared with {@link ToolkitText}).
 */
public final class RuleAnnotations {
    private RuleAnnotations() {}

    public static AnnotatedArticle annotate(Article article, TaggedText tagged) {
        List<EntityMention> entities = EntityRules.mentions(tagged);
        return new AnnotatedArticle(article, entities, QuantityRules.find(tagged),
                QuoteRules.find(tagged, entities), AttributionRules.find(tagged, entities), List.of());
    }
}
