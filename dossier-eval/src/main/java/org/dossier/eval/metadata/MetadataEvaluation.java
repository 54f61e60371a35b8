package org.dossier.eval.metadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dossier.clean.Cleaner;
import org.dossier.clean.CorpusEvidence;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.dossier.meta.CandidateMetadataResolver;
import org.dossier.meta.MetadataResolver;
import org.dossier.meta.lang.OpenNlpLanguageIdentifier;
import org.dossier.model.Article;
import org.dossier.parse.DocumentParser;
import org.dossier.parse.ParserRegistry;
import org.dossier.pipeline.ArticleExtractor;
import org.dossier.source.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval metadata}: per-field accuracy of the metadata resolver on the project's
 * gold set, beside a meta-tags-only baseline; optionally on third-party pages with metadata
 * ground truth (trafilatura-eval: title, authors, date; BBC text copies: headline, language).
 */
@Command(name = "metadata",
        mixinStandardHelpOptions = true,
        description = {"Accuracy of title, outlet, authors, wire, date, URL and language resolution.",
            "Runs on the built-in gold set; --trafilatura and --bbc add third-party pages."},
        footer = {"", "Example:", "  dossier eval metadata --trafilatura ../shared/bench/trafilatura-eval"})
public final class MetadataEvaluation implements Evaluation {
    @Option(names = "--json", description = "Print one JSON object of figures.")
    boolean json;

    @Option(names = "--gold", paramLabel = "DIR", description = "A gold folder (gold.json + documents) instead of the built-in one.")
    Path gold;

    @Option(names = "--trafilatura", paramLabel = "DIR", description = "trafilatura-eval folder (evaldata.json, eval/, cache/).")
    Path trafilatura;

    @Option(names = "--bbc", paramLabel = "DIR", description = "BBC news text corpus folder (first line of each file is its headline).")
    Path bbc;

    @Option(names = {"-v", "--verbose"}, description = "List every wrong field of the gold set on stderr.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        OpenNlpLanguageIdentifier.preload();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        ParserRegistry parsers = registry();
        TimedResolver resolver = new TimedResolver(new CandidateMetadataResolver());
        ArticleExtractor ours = extractor(parsers, resolver);
        ArticleExtractor baseline = extractor(parsers, new MetaTagBaseline());

        EvalReport report = new EvalReport("Metadata resolution (" + htmlParserName(parsers) + ")")
                .header("set", "field", "ours", "baseline", "n");
        GoldSet set = gold == null ? GoldSet.builtIn() : GoldSet.inFolder(gold);
        FieldTally mine = new FieldTally(), base = new FieldTally();
        for (GoldSet.Entry e : set.entries()) {
            RawDocument doc = new RawDocument("gold/" + e.file(), e.mediaType(), set.bytes(e), e.url(), e.hints());
            Fields got = run(ours, doc), naive = run(baseline, doc);
            for (String f : Fields.NAMES) {
                boolean right = e.expected().matches(f, got);
                mine.count(f, right);
                base.count(f, e.expected().matches(f, naive));
                if (verbose && !right) {
                    System.err.printf("%s %s: expected [%s] got [%s]%n", e.file(), f, e.expected().show(f), got.show(f));
                }
            }
        }
        rows(report, "gold", mine, base);
        report.figure("gold_documents", set.entries().size());
        for (String f : mine.fields()) report.figure(f + "_accuracy", mine.accuracy(f));
        report.figure("overall_accuracy", mine.overall()).figure("baseline_overall_accuracy", base.overall());
        if (trafilatura != null) {
            resolver.reset();
            benchmark(report, "trafilatura", BenchmarkPages.trafilatura(trafilatura), ours, baseline);
            report.figure("trafilatura_resolver_ms_per_page", round2(resolver.meanMillis()));
        }
        if (bbc != null) {
            resolver.reset();
            benchmark(report, "bbc", BenchmarkPages.bbc(bbc), ours, baseline);
            report.figure("bbc_resolver_ms_per_page", round2(resolver.meanMillis()));
        }
        report.figure("language_model_load_ms", Math.round(loadMs));
        report.print(System.out, json);
        return 0;
    }

    private void benchmark(EvalReport report, String name, List<BenchmarkPages.Page> pages, ArticleExtractor ours,
            ArticleExtractor baseline) {
        FieldTally mine = new FieldTally(), base = new FieldTally();
        long t0 = System.nanoTime();
        List<Fields> results = new ArrayList<>();
        for (BenchmarkPages.Page p : pages) results.add(run(ours, p.document()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < pages.size(); i++) {
            BenchmarkPages.Page p = pages.get(i);
            Fields got = results.get(i), naive = run(baseline, p.document());
            if (verbose) explain(name, p, got);
            if (p.title() != null) {
                mine.count("title", FieldMatch.sameText(p.title(), got.title()));
                base.count("title", FieldMatch.sameText(p.title(), naive.title()));
            }
            if (p.authors() != null && !p.authors().isEmpty()) {
                mine.count("authors", FieldMatch.samePeople(p.authors(), got.authors()));
                base.count("authors", FieldMatch.samePeople(p.authors(), naive.authors()));
            }
            if (p.date() != null) {
                mine.count("published", p.date().equals(got.published()));
                base.count("published", p.date().equals(naive.published()));
            }
            if (p.language() != null) {
                mine.count("language", p.language().equals(got.language()));
                base.count("language", p.language().equals(naive.language()));
            }
        }
        rows(report, name, mine, base);
        for (String f : mine.fields()) report.figure(name + "_" + f + "_accuracy", mine.accuracy(f));
        report.figure(name + "_pages", pages.size());
        report.figure(name + "_pages_per_second", Math.round(pages.size() / Math.max(seconds, 1e-9)));
    }

    private static void explain(String set, BenchmarkPages.Page p, Fields got) {
        String where = set + " " + p.document().source();
        if (p.title() != null && !FieldMatch.sameText(p.title(), got.title())) {
            System.err.printf("%s title: expected [%s] got [%s]%n", where, p.title(), got.title());
        }
        if (p.authors() != null && !p.authors().isEmpty() && !FieldMatch.samePeople(p.authors(), got.authors())) {
            System.err.printf("%s authors: expected %s got %s%n", where, p.authors(), got.authors());
        }
        if (p.date() != null && !p.date().equals(got.published())) {
            System.err.printf("%s published: expected [%s] got [%s]%n", where, p.date(), got.published());
        }
    }

    private static void rows(EvalReport report, String set, FieldTally mine, FieldTally base) {
        for (String f : mine.fields()) {
            report.row(set, f, pct(mine.accuracy(f)), pct(base.accuracy(f)), String.valueOf(mine.total(f)));
        }
    }

    private static Fields run(ArticleExtractor extractor, RawDocument doc) {
        Optional<Article> a = extractor.extract(doc, CorpusEvidence.NONE, p -> { });
        return a.map(Fields::of).orElse(new Fields(null, null, List.of(), null, null, null, null));
    }

    private static ArticleExtractor extractor(ParserRegistry parsers, MetadataResolver resolver) {
        return new ArticleExtractor(parsers, new Cleaner(List.of(), List.of()), resolver);
    }

    /** The installed parsers, with a metadata-only HTML parser behind them if none handles HTML. */
    private static ParserRegistry registry() {
        List<DocumentParser> parsers = new ArrayList<>();
        ServiceLoader.load(DocumentParser.class).forEach(parsers::add);
        parsers.add(new MetadataOnlyHtmlParser());
        return new ParserRegistry(parsers);
    }

    private static String htmlParserName(ParserRegistry parsers) {
        return "HTML parser: " + parsers.forType("text/html").map(p -> p.getClass().getSimpleName()).orElse("none");
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String pct(double v) {
        return String.format("%.1f%%", 100 * v);
    }
}
