package org.dossier.nlp.corenlp;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.rules.RuleAnnotations;
import org.dossier.model.Article;

/**
 * The annotate stage on Stanford CoreNLP: CoreNLP tags the words (parts of speech, lemmas, names),
 * the toolkit-neutral rules of {@code org.dossier.annotate.rules} do the rest (name repairs,
 * quantities, quotes and speakers, attribution). Registered as a service, so
 * {@code Annotators.installed()} finds it whenever this module is on the class path.
 */
public final class CoreNlpAnnotator implements Annotator {
    private final CoreNlpTagger tagger = new CoreNlpTagger();

    @Override
    public AnnotatedArticle annotate(Article article) {
        return RuleAnnotations.annotate(article, tagger.tag(article.text() == null ? "" : article.text()));
    }

    @Override
    public void load() {
        CoreNlpPipeline.shared();
    }

    @Override
    public String name() {
        return "corenlp";
    }
}
