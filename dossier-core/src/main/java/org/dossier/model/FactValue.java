package org.dossier.model;

import java.util.List;

/** One value a fact takes in the sources, with every citation that states it. */
public record FactValue(String value, String normalized, List<Citation> sources) {
    public FactValue {
        sources = List.copyOf(sources);
    }
}
