package org.dossier.eval.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise and B-cubed precision, recall and F1 of a predicted clustering against a gold one,
 * over the same items. A null cluster label makes the item a singleton.
 */
public record ClusterScores(double pairPrecision, double pairRecall, double pairF1, double bcubedPrecision,
        double bcubedRecall, double bcubedF1) {

    public static ClusterScores score(List<String> items, Map<String, String> gold, Map<String, String> predicted) {
        long tp = 0;
        long predPairs = 0;
        long goldPairs = 0;
        double bp = 0;
        double br = 0;
        for (String a : items) {
            int sameBoth = 0;
            int samePred = 0;
            int sameGold = 0;
            for (String b : items) {
                boolean g = a.equals(b) || same(gold.get(a), gold.get(b));
                boolean p = a.equals(b) || same(predicted.get(a), predicted.get(b));
                if (g) sameGold++;
                if (p) samePred++;
                if (g && p) sameBoth++;
                if (a.compareTo(b) < 0) {
                    if (g) goldPairs++;
                    if (p) predPairs++;
                    if (g && p) tp++;
                }
            }
            bp += sameBoth / (double) samePred;
            br += sameBoth / (double) sameGold;
        }
        double pp = predPairs == 0 ? 1 : tp / (double) predPairs;
        double pr = goldPairs == 0 ? 1 : tp / (double) goldPairs;
        bp /= items.size();
        br /= items.size();
        return new ClusterScores(pp, pr, f1(pp, pr), bp, br, f1(bp, br));
    }

    private static boolean same(String x, String y) {
        return x != null && Objects.equals(x, y);
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Cluster labels keyed by item, from cluster id to its members. */
    public static Map<String, String> labels(Map<String, List<String>> clusters) {
        Map<String, String> out = new HashMap<>();
        clusters.forEach((id, members) -> members.forEach(m -> out.put(m, id)));
        return out;
    }
}
