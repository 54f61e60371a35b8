package org.dossier.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dossier.pipeline.PhaseTimes;

/** Prints the time of each phase of a run on one line, for {@code --timings}. */
final class TimingsLine {
    private TimingsLine() {}

    static void print(List<PhaseTimes.Phase> phases, PrintStream err) {
        err.println("dossier: timings: " + phases.stream()
                .map(p -> String.format(Locale.ROOT, "%s %.1f s", p.name().toLowerCase(Locale.ROOT), p.time().toMillis() / 1000.0))
                .collect(Collectors.joining(", ")));
    }
}
