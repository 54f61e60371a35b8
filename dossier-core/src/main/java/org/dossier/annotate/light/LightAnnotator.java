package org.dossier.annotate.light;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.rules.RuleAnnotations;
import org.dossier.model.Article;

/**
 * The rule layer over the {@link LightTagger}: names, quantities, quotes and attribution without a
 * language toolkit. Not registered as a service (an installed toolkit annotator always wins);
 * used when none is installed, and for corpus-scale runs where a toolkit would take hours.
 */
public final class LightAnnotator implements Annotator {
    @Override
    public AnnotatedArticle annotate(Article article) {
        return RuleAnnotations.annotate(article, LightTagger.tag(article.text()));
    }

    @Override
    public String name() {
        return "light";
    }
}
