package org.dossier.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies of terms and names over the articles seen so far, updated as articles
 * arrive: rare words and names say more about which happening a report covers than common ones.
 */
public final class TermStats {
    private final Map<String, Integer> df = new HashMap<>();
    private int documents;

    public void add(ArticleProfile p) {
        documents++;
        for (String t : p.bodyTerms().keySet()) df.merge(t, 1, Integer::sum);
        for (String n : p.names()) df.merge("@" + n, 1, Integer::sum);
    }

    public int documents() {
        return documents;
    }

    public int df(String key) {
        return df.getOrDefault(key, 0);
    }

    /** Smoothed inverse document frequency; a name is looked up with an {@code @} prefix. */
    public double idf(String key) {
        return Math.log((documents + 1.0) / (df(key) + 0.5)) + 0.1;
    }

    /** IDF-weighted overlap of two sets of names, 0..1. */
    public double nameOverlap(Set<String> a, Set<String> b) {
        double shared = 0;
        double all = 0;
        for (String n : a) {
            double w = idf("@" + n);
            all += w;
            if (b.contains(n)) shared += w;
        }
        for (String n : b) if (!a.contains(n)) all += idf("@" + n);
        return all == 0 ? 0 : shared / all;
    }

    /** TF-IDF cosine of two term-count maps. */
    public double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            na += w * w;
            Integer o = b.get(e.getKey());
            if (o != null) dot += w * o * idf(e.getKey());
        }
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
