package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedWorkTest {
    @Test
    void resultsComeOutInSubmissionOrderWhateverFinishesFirst() {
        List<Integer> out = new ArrayList<>();
        try (OrderedWork<Integer> work = new OrderedWork<>(3, 6, 1 << 20, out::add)) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                // early tasks sleep longest, so later ones finish first
                work.submit(1, () -> {
                    Thread.sleep((40 - n) % 7);
                    return n;
                });
            }
            work.finish();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) expected.add(i);
        assertEquals(expected, out);
    }

    @Test
    void knownResultsKeepTheirPlaceAmongPendingOnes() {
        List<String> out = new ArrayList<>();
        try (OrderedWork<String> work = new OrderedWork<>(2, 8, 1 << 20, out::add)) {
            work.submit(1, () -> {
                Thread.sleep(20);
                return "first";
            });
            work.submitDone("second");
            work.submit(1, () -> "third");
            work.finish();
        }
        assertEquals(List.of("first", "second", "third"), out);
    }

    @Test
    void neverMoreTasksPendingThanAllowed() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> out = new ArrayList<>();
        try (OrderedWork<Integer> work = new OrderedWork<>(2, 3, 1 << 20, v -> {
            running.decrementAndGet();
            out.add(v);
        })) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                work.submit(1, () -> n);
            }
            work.finish();
        }
        assertEquals(20, out.size());
        assertTrue(most.get() <= 4, "three pending plus the one being submitted, was " + most.get());
    }

    @Test
    void aByteBudgetAlsoBoundsPendingWork() {
        AtomicInteger pendingBytes = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (OrderedWork<Integer> work = new OrderedWork<>(2, 100, 250, v -> pendingBytes.addAndGet(-100))) {
            for (int i = 0; i < 10; i++) {
                most.accumulateAndGet(pendingBytes.addAndGet(100), Math::max);
                work.submit(100, () -> 1);
            }
            work.finish();
        }
        assertTrue(most.get() <= 300, "at most two pending plus the one being submitted, was " + most.get());
    }

    @Test
    void singleThreadRunsInline() {
        List<String> out = new ArrayList<>();
        try (OrderedWork<String> work = new OrderedWork<>(1, 1, 1, out::add)) {
            work.submit(10, () -> Thread.currentThread().getName());
            work.finish();
        }
        assertEquals(List.of(Thread.currentThread().getName()), out);
    }

    @Test
    void aFailingTaskFailsTheCaller() {
        try (OrderedWork<String> work = new OrderedWork<>(2, 4, 1 << 20, s -> { })) {
            work.submit(1, () -> {
                throw new IllegalArgumentException("broken page");
            });
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, work::finish);
            assertEquals("broken page", e.getMessage());
        }
    }
}
