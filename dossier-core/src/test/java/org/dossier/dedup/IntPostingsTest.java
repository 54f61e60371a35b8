package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntPostingsTest {

    private static List<Integer> values(IntPostings p, int key, int limit) {
        List<Integer> out = new ArrayList<>();
        p.forEach(key, limit, out::add);
        return out;
    }

    @Test
    void findsEveryValueAcrossFrozenAndMergedRuns() {
        IntPostings p = new IntPostings();
        SplittableRandom random = new SplittableRandom(3);
        int n = 1_200_000; // several frozen segments, merged runs and a live segment
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextInt();
            p.add(keys[i], i);
        }
        for (int i = 0; i < 5; i++) p.add(Integer.MIN_VALUE, i);
        for (int i = 0; i < 3; i++) p.add(-1, 100 + i);
        p.add(Integer.MAX_VALUE, 7);
        assertEquals(n + 9, p.size());
        assertEquals(List.of(0, 1, 2, 3, 4), values(p, Integer.MIN_VALUE, 100).stream().sorted().toList());
        assertEquals(List.of(100, 101, 102), values(p, -1, 100).stream().filter(v -> v >= 100).sorted().toList());
        assertEquals(List.of(7), values(p, Integer.MAX_VALUE, 100).stream().filter(v -> v == 7).toList());
        for (int i = 0; i < n; i += 997) assertTrue(values(p, keys[i], 1000).contains(i), "value " + i);
    }

    @Test
    void visitsAtMostTheLimit() {
        IntPostings p = new IntPostings();
        for (int i = 0; i < 500_000; i++) p.add(42, i);
        assertEquals(1000, values(p, 42, 1000).size());
        assertEquals(List.of(), values(p, 43, 1000));
    }
}
