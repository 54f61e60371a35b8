package org.dossier.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Progress that also clocks each phase, from its start to the start of the next (or to
 * {@link #finish()}), and passes every call on to the progress it wraps. It tells where the time
 * of a run goes ({@code dossier analyze --timings}) without the stages knowing they are timed.
 */
public final class PhaseTimes implements Progress {
    /** One finished phase and how long it took. */
    public record Phase(String name, Duration time) {}

    private final Progress inner;
    private final List<Phase> done = new ArrayList<>();
    private String current;
    private long started;

    private PhaseTimes(Progress inner, String first) {
        this.inner = inner;
        this.current = first;
        this.started = System.nanoTime();
    }

    /** Clocks the phases reported to {@code inner}; {@code first} names a phase already under way, or is null. */
    public static PhaseTimes around(Progress inner, String first) {
        return new PhaseTimes(inner, first);
    }

    @Override
    public synchronized void phase(String name, long total) {
        close();
        current = name;
        started = System.nanoTime();
        inner.phase(name, total);
    }

    @Override
    public void step() {
        inner.step();
    }

    @Override
    public synchronized void finish() {
        close();
        inner.finish();
    }

    /** The phases finished so far, in order. */
    public synchronized List<Phase> phases() {
        return List.copyOf(done);
    }

    private void close() {
        if (current != null) done.add(new Phase(current, Duration.ofNanos(System.nanoTime() - started)));
        current = null;
    }
}
