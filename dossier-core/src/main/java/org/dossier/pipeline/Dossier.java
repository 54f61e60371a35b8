package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.clean.Cleaner;
import org.dossier.clean.CorpusEvidence;
import org.dossier.dedup.Deduplication;
import org.dossier.dedup.Deduplicator;
import org.dossier.meta.CandidateMetadataResolver;
import org.dossier.model.Article;
import org.dossier.model.DossierReport;
import org.dossier.parse.ParserRegistry;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.Problem;
import org.dossier.source.ProblemSink;
import org.dossier.source.Sources;

/**
 * The one obvious entry point: sources in, articles or a whole dossier out.
 *
 * <pre>{@code
 * DossierReport report = Dossier.standard().analyze(List.of("saved-pages/"), problem -> log(problem));
 * }</pre>
 */
public final class Dossier {
    private final Sources sources;
    private final ArticleExtractor extractor;

    public Dossier(Sources sources, ArticleExtractor extractor) {
        this.sources = sources;
        this.extractor = extractor;
    }

    /** The standard pipeline with every parser on the class path. */
    public static Dossier standard() {
        return new Dossier(new Sources(new MediaTypeDetector()),
                new ArticleExtractor(ParserRegistry.loadInstalled(), new Cleaner(List.of(), List.of()),
                        new CandidateMetadataResolver()));
    }

    /** Streams one cleaned article at a time; rejected inputs go to {@code problems}. */
    public void articles(List<String> inputs, ProblemSink problems, Consumer<Article> out) {
        sources.read(inputs, problems, doc -> extractor.extract(doc, CorpusEvidence.NONE, problems).ifPresent(out));
    }

    /** The whole analysis. */
    public DossierReport analyze(List<String> inputs, ProblemSink problems) {
        List<Article> articles = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        ProblemSink both = p -> {
            rejected.add(p);
            problems.report(p);
        };
        articles(inputs, both, articles::add);
        // later stages work on copies.canonical(articles) and cite copies.copiesOf(id) as support
        Deduplication copies = Deduplicator.of(articles);
        return new DossierReport(articles, copies.groups(), List.of(), List.of(), List.of(), List.of(), rejected);
    }
}
