package org.dossier.eval.dedup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.eval.EvalReport;

/** Counts of the dedup benchmark: true copy pairs found per band and edit, grouped pairs per band. */
final class Tally {
    private static final List<String> BANDS = List.of("J >= 0.9", "0.8 <= J < 0.9", "C >= 0.9, J < 0.8",
            "partial (J >= 0.4 or C >= 0.6)", "generated, below 0.4", "different");
    private final Map<String, int[]> copiesByBand = new TreeMap<>(); // [true pairs, found]
    private final Map<String, int[]> copiesByEdit = new TreeMap<>();
    private final Map<String, Integer> groupedByBand = new TreeMap<>();
    private int grouped;
    private int groupedCopies;
    private int groupedPartial;
    private int copies;
    private int found;
    private int hardPairs;
    private int hardGrouped;

    void grouped(int a, int b, Truth truth) {
        grouped++;
        groupedByBand.merge(truth.band(a, b), 1, Integer::sum);
        switch (truth.kind(a, b)) {
            case COPY -> groupedCopies++;
            case PARTIAL -> groupedPartial++;
            case DIFFERENT -> { }
        }
    }

    void copy(int a, int b, Truth truth, boolean wasGrouped, List<BenchDoc> docs) {
        copies++;
        if (wasGrouped) found++;
        int[] band = copiesByBand.computeIfAbsent(truth.band(a, b), k -> new int[2]);
        band[0]++;
        if (wasGrouped) band[1]++;
        BenchDoc x = docs.get(a), y = docs.get(b);
        String edit = x.generated() && x.origin().equals(y.id()) ? x.edit()
                : y.generated() && y.origin().equals(x.id()) ? y.edit() : x.generated() || y.generated() ? "between copies" : "corpus";
        int[] e = copiesByEdit.computeIfAbsent(edit, k -> new int[2]);
        e[0]++;
        if (wasGrouped) e[1]++;
    }

    void hardNegative(boolean wasGrouped) {
        hardPairs++;
        if (wasGrouped) hardGrouped++;
    }

    EvalReport report(int articles, int groups) {
        EvalReport r = new EvalReport("Duplicate grouping on Reuters-21578 + BBC + generated copies (" + articles
                + " articles, " + groups + " groups)");
        r.header("band / edit (exact measures)", "true copy pairs", "found", "recall", "grouped pairs");
        for (String band : BANDS) {
            int[] c = copiesByBand.getOrDefault(band, new int[2]);
            int g = groupedByBand.getOrDefault(band, 0);
            r.row(band, c[0] == 0 ? "-" : String.valueOf(c[0]), c[0] == 0 ? "-" : String.valueOf(c[1]),
                    c[0] == 0 ? "-" : fmt((double) c[1] / c[0]), String.valueOf(g));
        }
        for (Map.Entry<String, int[]> e : copiesByEdit.entrySet()) {
            int[] c = e.getValue();
            r.row("  edit: " + e.getKey(), String.valueOf(c[0]), String.valueOf(c[1]), fmt((double) c[1] / c[0]), "");
        }
        r.row("hard negatives (same topic and site furniture)", "-", "-", "-", hardGrouped + " of " + hardPairs);
        double precision = grouped == 0 ? 1 : (double) (groupedCopies + groupedPartial) / grouped;
        double recall = copies == 0 ? 1 : (double) found / copies;
        r.figure("precision", precision);
        r.figure("recall", recall);
        r.figure("precision_copies_only", grouped == 0 ? 1 : (double) groupedCopies / grouped);
        r.figure("grouped_pairs", grouped);
        r.figure("grouped_different_pairs", grouped - groupedCopies - groupedPartial);
        r.figure("true_copy_pairs", copies);
        r.figure("hard_negative_pairs_grouped", hardGrouped);
        r.figure("meets_bar", precision >= 0.99 && recall >= 0.98);
        return r;
    }

    private static String fmt(double v) {
        return String.format("%.4f", v);
    }
}
