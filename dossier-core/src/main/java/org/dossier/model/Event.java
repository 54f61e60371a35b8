package org.dossier.model;

import java.util.List;

/**
 * One real-world happening and the articles that report it.
 *
 * @param date      ISO day, month ({@code 2025-12}) or interval ({@code 2024-06/2024-08})
 * @param dateBasis how the date was found
 * @param summary   a short summary of the event in its sources' own sentences, each cited, then
 *                  where its sources differ
 */
public record Event(String id, String title, String date, String dateBasis, List<String> articles, List<Fact> facts,
        List<SummarySentence> summary) {
    public Event {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
        summary = List.copyOf(summary);
    }
}
