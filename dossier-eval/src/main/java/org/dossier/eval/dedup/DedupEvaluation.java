package org.dossier.eval.dedup;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.dedup.CopyTraits;
import org.dossier.dedup.DedupConfig;
import org.dossier.dedup.Deduplication;
import org.dossier.dedup.Deduplicator;
import org.dossier.dedup.Estimate;
import org.dossier.dedup.InMemorySignatureStore;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.dossier.model.DuplicateGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval dedup}: precision and recall of duplicate grouping on a benchmark built from
 * Reuters-21578 and BBC plus generated copies and hard negatives (see {@link BenchmarkBuilder}),
 * against exact ground truth (see {@link Truth}). A pair counts as found when both texts end up in
 * one group.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Duplicate and near-duplicate grouping: precision and recall per similarity band.",
            "Bars: precision >= 0.99 and recall >= 0.98 for pairs at Jaccard >= 0.8 or containment >= 0.9."},
        footer = {"", "Examples:", "  dossier eval dedup ../shared/corpora", "  dossier eval dedup ../shared/corpora --show-errors"})
public final class DedupEvaluation implements Evaluation {
    @Parameters(arity = "0..1", description = "the corpora folder (reuters21578/, bbc/); default ../shared/corpora")
    Path corpora = Path.of("../shared/corpora");

    @Option(names = "--json", description = "print one JSON object of figures")
    boolean json;

    @Option(names = "--copies", description = "generated copies per edit (default ${DEFAULT-VALUE})")
    int copiesPerEdit = 150;

    @Option(names = "--hard-negatives", description = "same-outlet pairs of different stories (default ${DEFAULT-VALUE})")
    int hardNegatives = 300;

    @Option(names = "--show-errors", description = "list grouped different pairs and missed copy pairs")
    boolean showErrors;

    @Option(names = "--s-curves", description = "also measure LSH S-curves and shingle sizes (slow)")
    boolean sCurves;

    @Override
    public Integer call() throws Exception {
        DedupConfig config = DedupConfig.standard();
        List<BenchDoc> docs = new BenchmarkBuilder(21578, copiesPerEdit, hardNegatives).build(corpora);
        Truth truth = new Truth(docs, config);
        long t0 = System.nanoTime();
        Deduplicator dedup = new Deduplicator(config, new InMemorySignatureStore());
        for (BenchDoc d : docs) dedup.add(d.id(), d.text(), CopyTraits.UNKNOWN);
        Deduplication result = dedup.result();
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) index.put(docs.get(i).id(), i);
        Set<Long> grouped = new HashSet<>();
        for (DuplicateGroup g : result.groups()) {
            List<String> m = g.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) grouped.add(Truth.key(index.get(m.get(i)), index.get(m.get(j))));
            }
        }
        Tally tally = new Tally();
        for (long k : grouped) tally.grouped((int) (k >>> 32), (int) k, truth);
        for (Map.Entry<Long, ExactSimilarityJoin.Pair> e : truth.pairs().entrySet()) {
            ExactSimilarityJoin.Pair p = e.getValue();
            if (truth.kind(p.a(), p.b()) == Truth.Kind.COPY) tally.copy(p.a(), p.b(), truth, grouped.contains(e.getKey()), docs);
        }
        for (int i = 0; i + 1 < docs.size(); i++) {
            if (docs.get(i).edit().equals(BenchmarkBuilder.HARD_NEGATIVE) && docs.get(i + 1).edit().equals(BenchmarkBuilder.HARD_NEGATIVE)) {
                tally.hardNegative(grouped.contains(Truth.key(i, i + 1)));
                i++;
            }
        }
        EvalReport report = tally.report(docs.size(), result.groups().size());
        report.figure("articles", docs.size());
        report.figure("groups", result.groups().size());
        report.figure("articles_per_second", Math.round(docs.size() / seconds));
        report.figure("note", "end-to-end (signing, candidate search, verification, grouping) on one thread; "
                + "shares 2 cores with other builds, so speed reads low");
        report.print(System.out, json);
        if (showErrors) printErrors(docs, truth, grouped, dedup);
        if (sCurves) new SCurves(docs).print(System.out);
        return 0;
    }

    private static void printErrors(List<BenchDoc> docs, Truth truth, Set<Long> grouped, Deduplicator dedup) {
        System.out.println();
        for (long k : grouped) {
            int a = (int) (k >>> 32), b = (int) k;
            if (truth.kind(a, b) == Truth.Kind.DIFFERENT) System.out.println("grouped, different: " + describe(docs, truth, dedup, a, b));
        }
        for (ExactSimilarityJoin.Pair p : truth.pairs().values()) {
            if (truth.kind(p.a(), p.b()) == Truth.Kind.COPY && !grouped.contains(Truth.key(p.a(), p.b()))) {
                System.out.println("missed copy: " + describe(docs, truth, dedup, p.a(), p.b()));
            }
        }
    }

    private static String describe(List<BenchDoc> docs, Truth truth, Deduplicator dedup, int a, int b) {
        ExactSimilarityJoin.Pair p = truth.pair(a, b);
        String exact = p == null ? "no overlap" : String.format("J=%.3f C=%.3f", p.jaccard(), p.containment());
        Estimate e = Estimate.of(dedup.entry(a).signature(), dedup.entry(b).signature(), DedupConfig.standard().maxSample());
        return docs.get(a).id() + " ~ " + docs.get(b).id() + " exact " + exact + String.format(
                " estimated J=%.3f C=%.3f/%.3f sizes %d/%d", e.jaccard(), e.containmentFirst(), e.containmentSecond(),
                dedup.entry(a).signature().shingleCount(), dedup.entry(b).signature().shingleCount());
    }
}
