package org.dossier.model;

import java.util.List;

/**
 * One real-world happening and the articles that report it.
 *
 * @param date      ISO day, month ({@code 2025-12}) or interval ({@code 2024-06/2024-08})
 * @param dateBasis how the date was found
 */
public record Event(String id, String title, String date, String dateBasis, List<String> articles, List<Fact> facts) {
    public Event {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
    }
}
