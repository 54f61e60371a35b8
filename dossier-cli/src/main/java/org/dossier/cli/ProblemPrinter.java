package org.dossier.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.source.Problem;
import org.dossier.source.ProblemSink;

/** Prints each rejected input as one line on standard error and counts them for the exit status. */
final class ProblemPrinter implements ProblemSink {
    private final PrintStream err;
    private final AtomicInteger count = new AtomicInteger();

    ProblemPrinter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void report(Problem problem) {
        count.incrementAndGet();
        err.println("dossier: skipped " + problem.source() + ": " + problem.reason());
    }

    int count() {
        return count.get();
    }

    int exitCode() {
        return count.get() == 0 ? 0 : DossierCommand.EXIT_REJECTED;
    }
}
