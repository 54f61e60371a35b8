package org.dossier.nlp.corenlp;

import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Article;

/** The one annotator all tests of this JVM share, so the models load once. */
final class WarmAnnotator {
    static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    private WarmAnnotator() {}

    static Article article(String id, String text) {
        return new Article(id, id, null, null, List.of(), null, null, false, null, null, "en", "text/plain", text,
                List.of(), null);
    }

    static AnnotatedArticle annotate(String text) {
        return ANNOTATOR.annotate(article("t", text));
    }
}
