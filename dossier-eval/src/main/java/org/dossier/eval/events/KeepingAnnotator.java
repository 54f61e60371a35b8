package org.dossier.eval.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.model.Article;

/**
 * An annotator that keeps what another one produced. The report says which event each article
 * joined, not how close the decisions were; keeping the annotated articles lets the evaluation
 * replay the clustering and measure its margins without any hook in the pipeline.
 */
final class KeepingAnnotator implements Annotator {
    private final Annotator inner;
    private final List<AnnotatedArticle> kept = Collections.synchronizedList(new ArrayList<>());

    KeepingAnnotator(Annotator inner) {
        this.inner = inner;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        AnnotatedArticle a = inner.annotate(article);
        kept.add(a);
        return a;
    }

    @Override
    public String name() {
        return inner.name();
    }

    /** Everything annotated so far. */
    List<AnnotatedArticle> kept() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }
}
