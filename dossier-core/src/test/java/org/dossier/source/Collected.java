package org.dossier.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Documents and problems gathered from one read, for assertions. */
final class Collected implements ProblemSink, Consumer<RawDocument> {
    final List<RawDocument> docs = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void report(Problem problem) {
        problems.add(problem);
    }

    @Override
    public void accept(RawDocument doc) {
        docs.add(doc);
    }

    List<String> sources() {
        return docs.stream().map(RawDocument::source).toList();
    }

    List<String> problemLines() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** The one problem about {@code source}; fails when there is none or more than one. */
    Problem problemFor(String source) {
        List<Problem> found = problems.stream().filter(p -> p.source().equals(source)).toList();
        if (found.size() != 1) throw new AssertionError("expected one problem for " + source + ", got " + problems);
        return found.get(0);
    }
}
