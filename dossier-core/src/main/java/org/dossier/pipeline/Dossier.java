package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.clean.CorpusEvidence;
import org.dossier.clean.CorpusStatistics;
import org.dossier.clean.StandardCleaner;
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
                new ArticleExtractor(ParserRegistry.loadInstalled(), StandardCleaner.create(),
                        new CandidateMetadataResolver()));
    }

    /**
     * Streams one cleaned article at a time; rejected inputs go to {@code problems}. Two passes:
     * the first gathers corpus evidence (lines an outlet repeats, the corpus vocabulary) in
     * bounded memory, the second cleans with it.
     */
    public void articles(List<String> inputs, ProblemSink problems, Consumer<Article> out) {
        CorpusEvidence evidence = gatherEvidence(inputs);
        sources.read(inputs, problems, doc -> extractor.extract(doc, evidence, problems).ifPresent(out));
    }

    /** The first pass; problems are reported by the second. Standard input cannot be read twice and is left out. */
    private CorpusEvidence gatherEvidence(List<String> inputs) {
        CorpusStatistics stats = new CorpusStatistics();
        List<String> rereadable = inputs.stream().filter(input -> !input.equals("-")).toList();
        sources.read(rereadable, problem -> { }, doc -> extractor.parse(doc).ifPresent(parsed -> stats.add(doc, parsed)));
        return stats;
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
        return new DossierReport(articles, List.of(), List.of(), List.of(), List.of(), List.of(), rejected);
    }
}
