package org.dossier.model;

import java.util.List;

/** A summary sentence and the source words that back it. */
public record SummarySentence(String sentence, List<Citation> sources) {
    public SummarySentence {
        sources = List.copyOf(sources);
    }
}
