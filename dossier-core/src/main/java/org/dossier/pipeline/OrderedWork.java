package org.dossier.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Independent tasks run on several threads, their results handed on in the order the tasks were
 * submitted, on the submitting thread. Output is therefore the same whatever the number of threads
 * and whichever task finishes first, and whoever consumes the results (a workspace, a JSON writer)
 * never sees two threads.
 *
 * <p>Memory stays bounded: a submit waits for the oldest results once {@code maxInFlight} tasks or
 * {@code byteBudget} bytes of input are pending. With one thread every task runs at once, inline.
 *
 * <pre>{@code
 * try (OrderedWork<String> work = new OrderedWork<>(2, 8, 64 << 20, System.out::println)) {
 *     for (byte[] page : pages) work.submit(page.length, () -> extract(page));
 *     work.finish();
 * }
 * }</pre>
 *
 * @param <T> what a task yields
 */
final class OrderedWork<T> implements AutoCloseable {
    private record Pending<T>(Future<T> result, long bytes) {}

    private final ExecutorService pool;
    private final int maxInFlight;
    private final long byteBudget;
    private final Consumer<T> out;
    private final Deque<Pending<T>> pending = new ArrayDeque<>();
    private long bytesInFlight;

    OrderedWork(int threads, int maxInFlight, long byteBudget, Consumer<T> out) {
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-worker");
            t.setDaemon(true);
            return t;
        });
        this.maxInFlight = Math.max(1, maxInFlight);
        this.byteBudget = Math.max(1, byteBudget);
        this.out = out;
    }

    /** Runs {@code task} (at once when single-threaded), after handing on old results if the bounds require. */
    void submit(long bytes, Callable<T> task) {
        if (pool == null) {
            out.accept(call(task));
            return;
        }
        while (!pending.isEmpty() && (pending.size() >= maxInFlight || bytesInFlight + bytes > byteBudget)) {
            deliverOldest();
        }
        pending.add(new Pending<>(pool.submit(task), bytes));
        bytesInFlight += bytes;
    }

    /** A result known already (a problem met while reading), kept in its place among the pending ones. */
    void submitDone(T value) {
        if (pending.isEmpty()) out.accept(value);
        else pending.add(new Pending<>(CompletableFuture.completedFuture(value), 0));
    }

    /** Waits for every pending task and hands on the results, in order. */
    void finish() {
        while (!pending.isEmpty()) deliverOldest();
    }

    private void deliverOldest() {
        Pending<T> p = pending.removeFirst();
        bytesInFlight -= p.bytes();
        T value;
        try {
            value = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for extraction", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
        out.accept(value);
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    /** Stops the threads; results not yet handed on are dropped (the caller is failing). */
    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
