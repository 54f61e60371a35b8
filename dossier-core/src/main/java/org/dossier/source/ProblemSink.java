package org.dossier.source;

/** Where rejected sources are reported; the run goes on after each report. */
@FunctionalInterface
public interface ProblemSink {
    void report(Problem problem);

    default void report(String source, String reason) {
        report(new Problem(source, reason));
    }
}
