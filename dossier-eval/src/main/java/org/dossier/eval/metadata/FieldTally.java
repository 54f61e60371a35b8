package org.dossier.eval.metadata;

import java.util.LinkedHashMap;
import java.util.Map;

/** Right and total counts per field. */
final class FieldTally {
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    void count(String field, boolean right) {
        int[] c = counts.computeIfAbsent(field, k -> new int[2]);
        if (right) c[0]++;
        c[1]++;
    }

    int right(String field) {
        return counts.getOrDefault(field, new int[2])[0];
    }

    int total(String field) {
        return counts.getOrDefault(field, new int[2])[1];
    }

    double accuracy(String field) {
        int t = total(field);
        return t == 0 ? 0 : (double) right(field) / t;
    }

    /** Accuracy over every field counted, each decision weighing the same. */
    double overall() {
        int r = 0, t = 0;
        for (int[] c : counts.values()) {
            r += c[0];
            t += c[1];
        }
        return t == 0 ? 0 : (double) r / t;
    }

    Iterable<String> fields() {
        return counts.keySet();
    }
}
