package org.dossier.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.AnnotationStage;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.TimeTagger;
import org.dossier.annotate.light.LightAnnotator;
import org.dossier.compose.Composer;
import org.dossier.event.EventAnalysis;
import org.dossier.event.EventMemory;
import org.dossier.event.EventStage;
import org.dossier.event.HeadDates;
import org.dossier.facts.FactStage;
import org.dossier.clean.CorpusEvidence;
import org.dossier.clean.CorpusStatistics;
import org.dossier.clean.StandardCleaner;
import org.dossier.dedup.Deduplication;
import org.dossier.meta.CandidateMetadataResolver;
import org.dossier.meta.lang.OpenNlpLanguageIdentifier;
import org.dossier.model.Article;
import org.dossier.model.DossierReport;
import org.dossier.model.Fact;
import org.dossier.parse.ParsedDocument;
import org.dossier.parse.ParserRegistry;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.Problem;
import org.dossier.source.RawDocument;
import org.dossier.source.ProblemSink;
import org.dossier.source.Sources;
import org.dossier.workspace.Workspace;

/**
 * The one obvious entry point: sources in, articles or a whole dossier out.
 *
 * <pre>{@code
 * DossierReport report = Dossier.standard().analyze(List.of("saved-pages/"), problem -> log(problem));
 * }</pre>
 */
public final class Dossier {
    /** Articles added between forced commits of a workspace. */
    private static final int COMMIT_EVERY = 64;

    /** Documents being extracted at once, per thread: enough to keep every thread busy. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Sources sources;
    private final ArticleExtractor extractor;
    private final Progress progress;
    private final AnnotationStage annotation;
    private final int threads;
    private final Function<List<AnnotatedArticle>, EventAnalysis> eventStage;

    public Dossier(Sources sources, ArticleExtractor extractor) {
        this(sources, extractor, Progress.NONE, null, defaultThreads(), null);
    }

    private Dossier(Sources sources, ArticleExtractor extractor, Progress progress, AnnotationStage annotation,
            int threads, Function<List<AnnotatedArticle>, EventAnalysis> eventStage) {
        this.sources = sources;
        this.extractor = extractor;
        this.progress = progress;
        this.annotation = annotation;
        this.threads = threads;
        this.eventStage = eventStage;
    }

    /** The same pipeline, reporting its progress to {@code progress}. */
    public Dossier withProgress(Progress progress) {
        return new Dossier(sources, extractor, progress, annotation, threads, eventStage);
    }

    /** The same pipeline annotating with {@code annotator} instead of the installed one. */
    public Dossier withAnnotator(Annotator annotator) {
        return new Dossier(sources, extractor, progress, new AnnotationStage(annotator, new TemporalTimes()), threads, eventStage);
    }

    /**
     * The same pipeline parsing and cleaning up to {@code threads} documents at once. Articles
     * still come out one at a time, in input order, on the calling thread, so the output is the
     * same for any number of threads; 1 does all work on the calling thread.
     */
    public Dossier withThreads(int threads) {
        return new Dossier(sources, extractor, progress, annotation, Math.max(1, threads), eventStage);
    }

    /**
     * The same pipeline grouping annotated canonical articles into events with {@code stage}
     * instead of {@link EventStage#run}. Evaluations hand in known events here to measure the later
     * stages (facts, composition) apart from clustering errors.
     */
    public Dossier withEventStage(Function<List<AnnotatedArticle>, EventAnalysis> stage) {
        return new Dossier(sources, extractor, progress, annotation, threads, stage);
    }

    /**
     * The same pipeline abandoning any document whose parse takes longer than {@code timeout}
     * (zero: no limit); it is reported like any other rejected input and the run goes on.
     */
    public Dossier withParseTimeout(Duration timeout) {
        return new Dossier(sources, extractor.withParseTimeout(timeout), progress, annotation, threads, eventStage);
    }

    /** One per available processor: documents are independent, so each core gets its own. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The standard pipeline with every parser on the class path. The language model loads on
     * another thread while this thread loads the cleaner's dictionary: both are needed from the
     * first article on.
     */
    public static Dossier standard() {
        ModelLoading.warm(OpenNlpLanguageIdentifier::preload, "dossier-language-model");
        return new Dossier(new Sources(new MediaTypeDetector()), standardExtractor());
    }

    /**
     * The article extractor of {@link #standard()}: every installed parser, the standard cleaner and
     * metadata resolver. Evaluations measure this, so they see what users get.
     */
    public static ArticleExtractor standardExtractor() {
        return new ArticleExtractor(ParserRegistry.loadInstalled(), StandardCleaner.create(),
                new CandidateMetadataResolver());
    }

    /** Streams one cleaned article at a time; rejected inputs go to {@code problems}. */
    public void articles(List<String> inputs, ProblemSink problems, Consumer<Article> out) {
        articles(inputs, problems, id -> false, out);
    }

    /**
     * Like {@link #articles(List, ProblemSink, Consumer)}, but documents whose article id
     * {@code known} accepts are skipped before any parsing (incremental adds to a workspace).
     * Two passes: the first gathers corpus evidence (lines an outlet repeats, the corpus
     * vocabulary) in bounded memory, the second cleans with it. Parses of the first pass are
     * kept for the second within a {@link ParseCache memory budget}. The first pass steps the
     * progress's current phase once per document and counts them, so the second ("Cleaning")
     * knows its length.
     */
    public void articles(List<String> inputs, ProblemSink problems, Predicate<String> known, Consumer<Article> out) {
        ParseCache parses = new ParseCache(ParseCache.defaultBudget());
        long[] documents = {0};
        CorpusEvidence evidence = gatherEvidence(inputs, known, parses, () -> {
            documents[0]++;
            progress.step();
        });
        progress.phase("Cleaning", documents[0]);
        try (OrderedWork<Extracted> work = new OrderedWork<>(threads, IN_FLIGHT_PER_THREAD * threads,
                ParseCache.defaultBudget(), done -> done.handOn(problems, out))) {
            sources.read(inputs, problem -> work.submitDone(new Extracted(Optional.empty(), List.of(problem))), doc -> {
                progress.step();
                String id = ArticleExtractor.articleId(doc);
                if (known.test(id)) return;
                Optional<ParsedDocument> parsed = parses.take(id, doc);
                work.submit(doc.content().length, () -> {
                    List<Problem> found = new ArrayList<>(1);
                    Optional<Article> article = parsed.isPresent()
                            ? extractor.extractParsed(doc, parsed.get(), evidence, found::add)
                            : extractor.extract(doc, evidence, found::add);
                    return new Extracted(article, found);
                });
            });
            work.finish();
        }
    }

    /** One document's outcome, handed on in input order: its problems, then its article. */
    private record Extracted(Optional<Article> article, List<Problem> problems) {
        void handOn(ProblemSink sink, Consumer<Article> out) {
            problems.forEach(sink::report);
            article.ifPresent(out);
        }
    }

    /**
     * The first pass; problems are reported by the second. Standard input cannot be read twice and
     * is left out. Documents are parsed in parallel but counted in input order, so the evidence
     * does not depend on the number of threads.
     */
    private CorpusEvidence gatherEvidence(List<String> inputs, Predicate<String> known, ParseCache parses,
            Runnable eachDocument) {
        CorpusStatistics stats = new CorpusStatistics();
        List<String> rereadable = inputs.stream().filter(input -> !input.equals("-")).toList();
        record Parsed(RawDocument doc, String id, Optional<ParsedDocument> parsed) {}
        try (OrderedWork<Parsed> work = new OrderedWork<>(threads, IN_FLIGHT_PER_THREAD * threads,
                ParseCache.defaultBudget(), p -> p.parsed().ifPresent(parsed -> {
                    stats.add(p.doc(), parsed);
                    parses.put(p.id(), p.doc(), parsed);
                }))) {
            sources.read(rereadable, problem -> { }, doc -> {
                eachDocument.run();
                String id = ArticleExtractor.articleId(doc);
                if (!known.test(id)) work.submit(doc.content().length, () -> new Parsed(doc, id, extractor.parse(doc)));
            });
            work.finish();
        }
        return stats.frozen();
    }

    /**
     * Adds the inputs' articles to a workspace, committing as it goes; returns how many were new.
     * Sources already in the workspace with the same bytes are skipped.
     */
    public int add(List<String> inputs, ProblemSink problems, Workspace workspace) throws IOException {
        int[] added = {0};
        try {
            articles(inputs, problems, workspace::contains, article -> {
                try {
                    if (workspace.add(article)) {
                        added[0]++;
                        workspace.duplicates().add(article);
                    }
                    if (added[0] % COMMIT_EVERY == 0) workspace.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            workspace.commit();
        }
        return added[0];
    }

    /**
     * The annotate stage: the installed toolkit's annotator, else the light rule-based one, with
     * time expressions normalized by the temporal tagger.
     */
    static AnnotationStage annotationStage() {
        AnnotationStage stage = AnnotationStage.installed().orElseGet(() -> new AnnotationStage(new LightAnnotator(), TimeTagger.NONE));
        return stage.withTimes(new TemporalTimes());
    }

    /**
     * The whole analysis: read, deduplicate, annotate the canonical articles, events, facts, compose.
     * The annotator's models load on another thread while the inputs are read; each later phase is
     * reported to the progress.
     */
    public DossierReport analyze(List<String> inputs, ProblemSink problems) {
        return analyze(inputs, problems, null);
    }

    /**
     * The whole analysis of a workspace: the inputs (there may be none) are added to it, then all
     * its articles are analyzed, and its events continue from earlier runs ({@link EventMemory}):
     * new articles join or open events, earlier ones keep theirs.
     *
     * @param kept the workspace, or null for a temporary one holding only the inputs
     */
    public DossierReport analyze(List<String> inputs, ProblemSink problems, Workspace kept) {
        ModelLoading models = ModelLoading.start(() -> annotation != null ? annotation : annotationStage());
        List<Article> articles = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        ProblemSink both = p -> {
            rejected.add(p);
            problems.report(p);
        };
        Deduplication copies;
        try (Workspace temporary = kept == null ? Workspace.temporary() : null) {
            Workspace workspace = kept != null ? kept : temporary;
            add(inputs, both, workspace);
            workspace.forEachArticle(articles::add);
            copies = workspace.duplicates().result();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        articles = HeadDates.apply(articles);
        if (!models.ready()) progress.phase("Loading models", -1);
        AnnotationStage stage = models.await();
        List<Article> canonical = copies.canonical(articles);
        progress.phase("Annotating", canonical.size());
        AnnotationStage.Result annotated = stage.run(canonical, progress::step);
        progress.phase("Events", -1);
        EventAnalysis events = eventStage != null ? eventStage.apply(annotated.articles())
                : EventStage.run(annotated.articles(), kept == null ? null : EventMemory.in(kept.dir()));
        progress.phase("Facts", -1);
        Map<String, List<Fact>> facts = FactStage.run(events, copies, articles);
        progress.phase("Composing", -1);
        return Composer.report(articles, copies, events, facts, annotated, rejected);
    }
}
