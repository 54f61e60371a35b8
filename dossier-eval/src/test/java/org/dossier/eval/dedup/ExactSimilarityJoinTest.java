package org.dossier.eval.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ExactSimilarityJoinTest {

    @Test
    void findsExactlyThePairsBruteForceFinds() {
        SplittableRandom random = new SplittableRandom(11);
        List<long[]> sets = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            long[] base = LongStream.generate(() -> random.nextInt(400)).limit(5 + random.nextInt(60)).distinct().sorted().toArray();
            sets.add(base);
            if (i % 3 == 0) {
                // a trimmed copy and a slightly changed one
                sets.add(LongStream.of(base).limit(Math.max(1, base.length * 2 / 3)).toArray());
                sets.add(LongStream.concat(LongStream.of(base).skip(1), LongStream.of(1000 + i)).sorted().toArray());
            }
        }
        double floor = 0.4;
        Map<Long, ExactSimilarityJoin.Pair> found = new HashMap<>();
        for (ExactSimilarityJoin.Pair p : ExactSimilarityJoin.join(sets, floor)) found.put((long) p.a() << 32 | p.b(), p);
        int expected = 0;
        for (int a = 0; a < sets.size(); a++) {
            for (int b = a + 1; b < sets.size(); b++) {
                int common = common(sets.get(a), sets.get(b));
                double c = (double) common / Math.min(sets.get(a).length, sets.get(b).length);
                if (c < floor) continue;
                expected++;
                ExactSimilarityJoin.Pair p = found.get((long) a << 32 | b);
                assertEquals(c, p.containment(), 1e-9, a + "," + b);
                assertEquals((double) common / (sets.get(a).length + sets.get(b).length - common), p.jaccard(), 1e-9);
            }
        }
        assertEquals(expected, found.size());
    }

    private static int common(long[] a, long[] b) {
        return (int) LongStream.of(a).filter(x -> LongStream.of(b).anyMatch(y -> y == x)).count();
    }
}
