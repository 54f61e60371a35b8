package org.dossier.model;

import java.util.List;

/**
 * A statement checked across the sources of an event.
 *
 * @param status {@code agree}, {@code compatible}, {@code conflict}, {@code updated},
 *               {@code headline_mismatch} or {@code single}
 */
public record Fact(String statement, String status, List<FactValue> values) {
    public Fact {
        values = List.copyOf(values);
    }
}
