package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.annotate.resolve.EntityResolver;
import org.dossier.annotate.resolve.ResolvedEntities;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Quote;

/**
 * The annotate stage over a corpus: annotates each article, tags its times, resolves entities
 * across articles, and turns quote mentions into the {@link Quote}s of the report, whose speaker
 * is an entity id whenever the speaker's name was resolved.
 *
 * <pre>{@code
 * AnnotationStage.installed().map(stage -> stage.run(canonicalArticles))
 * }</pre>
 */
public final class AnnotationStage {
    private final Annotator annotator;
    private final TimeTagger times;
    private final EntityResolver resolver = new EntityResolver();

    public AnnotationStage(Annotator annotator, TimeTagger times) {
        this.annotator = annotator;
        this.times = times;
    }

    /** The stage with the annotator installed on the class path and no time tagger, if any is installed. */
    public static Optional<AnnotationStage> installed() {
        return Annotators.installed().map(a -> new AnnotationStage(a, TimeTagger.NONE));
    }

    /** A copy of this stage that tags time expressions with {@code tagger}. */
    public AnnotationStage withTimes(TimeTagger tagger) {
        return new AnnotationStage(annotator, tagger);
    }

    /** Loads the annotator's models now (see {@link Annotator#load()}). */
    public void load() {
        annotator.load();
    }

    public Result run(List<Article> articles) {
        return run(articles, () -> { });
    }

    /** Like {@link #run(List)}, calling {@code eachDone} (from any thread) as each article is annotated. */
    public Result run(List<Article> articles, Runnable eachDone) {
        // annotators are thread-safe; articles are independent, so every core can take one
        List<AnnotatedArticle> annotated = articles.parallelStream().map(a -> {
            AnnotatedArticle done = annotator.annotate(a).withTimes(times.tag(a));
            eachDone.run();
            return done;
        }).toList();
        ResolvedEntities resolved = resolver.resolve(annotated);
        List<Quote> quotes = new ArrayList<>();
        for (AnnotatedArticle a : annotated) {
            for (QuoteMention q : a.quotes()) {
                String id = q.speakerSpan() == null ? null : resolved.idOf(a.article().id(), q.speakerSpan());
                quotes.add(new Quote(q.text(), id != null ? id : q.speaker(), a.article().id(), q.span()));
            }
        }
        return new Result(annotated, resolved.entities(), quotes);
    }

    /** What the stage produced: per-article mentions, corpus entities, and the report's quotes. */
    public record Result(List<AnnotatedArticle> articles, List<Entity> entities, List<Quote> quotes) {
        public Result {
            articles = List.copyOf(articles);
            entities = List.copyOf(entities);
            quotes = List.copyOf(quotes);
        }
    }
}
