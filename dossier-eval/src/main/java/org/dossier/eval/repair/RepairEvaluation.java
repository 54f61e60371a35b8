package org.dossier.eval.repair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.dossier.clean.CleanContext;
import org.dossier.clean.CorpusStatistics;
import org.dossier.clean.EnglishDictionary;
import org.dossier.clean.Lexicon;
import org.dossier.clean.StandardCleaner;
import org.dossier.clean.TextRepair;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.dossier.parse.Block;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;
import org.dossier.text.MappedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval repair}: do the text repairs leave valid text alone, and do they undo the
 * corruptions they are for?
 *
 * <p>False repairs: the standard repairs run over clean articles of Reuters-21578 and BBC News;
 * any change to an article is a false repair. Recall: into a sample of the same articles, given
 * typographic characters, mojibake of four kinds and random consistent letter substitutions are
 * injected; an article counts as recovered when the repairs give back exactly the clean text.
 * Repairs see the corpus vocabulary (words in two or more of the clean articles), as they do in
 * a run of {@code dossier analyze}.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"False repairs on clean news text and recall on injected mojibake and substitutions."},
        footer = {"", "Example:", "  dossier eval repair ../shared/corpora"})
public final class RepairEvaluation implements Evaluation {
    @Parameters(arity = "0..1", paramLabel = "CORPORA",
            description = "Folder holding reuters21578/ and bbc/ (default: shared/corpora found above the working directory).")
    Path corpora;

    @Option(names = "--json", description = "Print one JSON object of figures.")
    boolean json;

    @Option(names = "--limit", description = "Clean articles per corpus (default: ${DEFAULT-VALUE}).", defaultValue = "100000")
    int limit;

    @Option(names = "--sample", description = "Articles per corpus to corrupt (default: ${DEFAULT-VALUE}).", defaultValue = "200")
    int sample;

    @Option(names = "--show", description = "Print up to N failures (false repairs, unrecovered articles) to stderr.",
            defaultValue = "0")
    int show;

    @Option(names = "--seed", description = "Random seed of the injected corruptions.", defaultValue = "20260319")
    long seed;

    @Override
    public Integer call() {
        Path root = corpora != null ? corpora : locate();
        if (root == null || !Files.isDirectory(root)) {
            System.err.println("dossier eval repair: corpora folder not found; pass it as an argument");
            return 2;
        }
        List<NewsCorpus.Article> reuters = NewsCorpus.reuters(root.resolve("reuters21578"), limit);
        List<NewsCorpus.Article> bbc = NewsCorpus.bbc(root.resolve("bbc"), limit);
        if (reuters.isEmpty() && bbc.isEmpty()) {
            System.err.println("dossier eval repair: no articles under " + root);
            return 2;
        }
        EnglishDictionary dictionary = EnglishDictionary.get();
        List<TextRepair> repairs = StandardCleaner.repairs(dictionary);
        CorpusStatistics vocabulary = vocabulary(reuters, bbc);
        CleanContext context = new CleanContext(null, null, vocabulary);
        Lexicon lexicon = dictionary.or(Lexicon.ofCorpus(vocabulary, 2));

        long start = System.nanoTime();
        Tally falseReuters = falseRepairs(reuters, repairs, context);
        Tally falseBbc = falseRepairs(bbc, repairs, context);
        double seconds = (System.nanoTime() - start) / 1e9;

        Random random = new Random(seed);
        List<NewsCorpus.Article> pool = new ArrayList<>(sampleOf(reuters, random));
        pool.addAll(sampleOf(bbc, random));
        Map<String, Tally> recall = new TreeMap<>();
        TokenTally tokens = new TokenTally();
        for (NewsCorpus.Article a : pool) {
            String clean = Corruptions.typographic(a.text());
            for (Corruptions.Mojibake kind : Corruptions.Mojibake.values()) {
                String broken = Corruptions.mojibake(clean, kind);
                recall.computeIfAbsent("mojibake " + kind.name().toLowerCase().replace('_', '-'), k -> new Tally())
                        .add(check(a.id() + " " + kind, broken, clean, repairs, context));
            }
            Corruptions.Substitution sub = Corruptions.substitution(a.text(), random, lexicon, 3);
            if (sub != null) {
                recall.computeIfAbsent("substitution", k -> new Tally())
                        .add(check(a.id() + " " + sub.from() + "->" + sub.to(), sub.corrupted(), a.text(), repairs, context));
                tokens.add(a.text(), sub.corrupted(), run(sub.corrupted(), repairs, context));
            }
        }
        return report(falseReuters, falseBbc, recall, tokens, seconds);
    }

    private int report(Tally falseReuters, Tally falseBbc, Map<String, Tally> recall, TokenTally tokens, double seconds) {
        Tally falseAll = falseReuters.plus(falseBbc);
        Tally mojibake = new Tally();
        recall.forEach((k, t) -> {
            if (k.startsWith("mojibake")) mojibake.addAll(t);
        });
        Tally substitution = recall.getOrDefault("substitution", new Tally());
        EvalReport r = new EvalReport("Text repairs: false repairs on clean news, recall on injected corruptions")
                .header("set", "articles", "changed / recovered", "rate");
        r.row("clean Reuters-21578 (false repairs)", str(falseReuters.total), str(falseReuters.hits), pct(falseReuters.rate()));
        r.row("clean BBC News (false repairs)", str(falseBbc.total), str(falseBbc.hits), pct(falseBbc.rate()));
        recall.forEach((k, t) -> r.row(k + " (recovered exactly)", str(t.total), str(t.hits), pct(t.rate())));
        r.row("substituted words (restored)", str(tokens.corrupted.total), str(tokens.corrupted.hits), pct(tokens.corrupted.rate()));
        r.row("words the repair changed (correctly)", str(tokens.changed.total), str(tokens.changed.hits), pct(tokens.changed.rate()));
        r.figure("false_repair_rate", falseAll.rate())
                .figure("false_repairs", falseAll.hits)
                .figure("clean_articles", falseAll.total)
                .figure("mojibake_recall", mojibake.rate())
                .figure("substitution_recall", substitution.rate())
                .figure("substitution_word_recall", tokens.corrupted.rate())
                .figure("substitution_word_precision", tokens.changed.rate())
                .figure("corrupted_articles", mojibake.total + substitution.total)
                .figure("clean_articles_per_second", seconds > 0 ? falseAll.total / seconds : 0.0);
        r.print(System.out, json);
        return 0;
    }

    private Tally falseRepairs(List<NewsCorpus.Article> articles, List<TextRepair> repairs, CleanContext context) {
        Tally t = new Tally();
        for (NewsCorpus.Article a : articles) t.add(!check(a.id(), a.text(), a.text(), repairs, context));
        return t;
    }

    /** Runs the repairs on {@code input}; true when they give {@code expected}. Shows a failure when asked. */
    private boolean check(String id, String input, String expected, List<TextRepair> repairs, CleanContext context) {
        String got = run(input, repairs, context);
        if (got.equals(expected)) return true;
        if (shown++ < show) {
            int at = 0;
            while (at < got.length() && at < expected.length() && got.charAt(at) == expected.charAt(at)) at++;
            System.err.printf("%s at %d%n  expected: %s%n  got:      %s%n", id, at, around(expected, at), around(got, at));
        }
        return false;
    }

    private int shown;

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 40), Math.min(s.length(), at + 40)).replace('\n', ' ');
    }

    private static String run(String text, List<TextRepair> repairs, CleanContext context) {
        MappedText t = MappedText.of(text);
        for (TextRepair repair : repairs) t = repair.repair(t, context).text();
        return t.text();
    }

    private static CorpusStatistics vocabulary(List<NewsCorpus.Article> reuters, List<NewsCorpus.Article> bbc) {
        CorpusStatistics stats = new CorpusStatistics();
        for (List<NewsCorpus.Article> set : List.of(reuters, bbc)) {
            for (NewsCorpus.Article a : set) {
                RawDocument doc = RawDocument.of(a.id(), "text/plain", new byte[0]);
                stats.add(doc, new ParsedDocument(a.text(), List.of(Block.paragraph(MappedText.of(a.text()))), List.of()));
            }
        }
        return stats;
    }

    private List<NewsCorpus.Article> sampleOf(List<NewsCorpus.Article> articles, Random random) {
        List<NewsCorpus.Article> copy = new ArrayList<>(articles);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(sample, copy.size()));
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("corpora");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return null;
    }

    private static String str(long n) {
        return Long.toString(n);
    }

    private static String pct(double rate) {
        return String.format("%.4f", rate);
    }

    /** Word-level tallies of the substitution runs: corrupted words restored, changed words right. */
    private static final class TokenTally {
        final Tally corrupted = new Tally();
        final Tally changed = new Tally();

        void add(String clean, String broken, String repaired) {
            List<String> a = words(clean), b = words(broken), c = words(repaired);
            if (a.size() != b.size() || b.size() != c.size()) return;   // substitutions keep word boundaries
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) corrupted.add(a.get(i).equals(c.get(i)));
                if (!b.get(i).equals(c.get(i))) changed.add(a.get(i).equals(c.get(i)));
            }
        }

        private static List<String> words(String text) {
            List<String> out = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(text);
            while (m.find()) out.add(m.group());
            return out;
        }
    }

    /** Hits out of a total. */
    private static final class Tally {
        long hits, total;

        void add(boolean hit) {
            total++;
            if (hit) hits++;
        }

        void addAll(Tally other) {
            hits += other.hits;
            total += other.total;
        }

        Tally plus(Tally other) {
            Tally t = new Tally();
            t.addAll(this);
            t.addAll(other);
            return t;
        }

        double rate() {
            return total == 0 ? 0.0 : (double) hits / total;
        }
    }
}
