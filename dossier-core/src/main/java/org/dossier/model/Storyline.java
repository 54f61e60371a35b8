package org.dossier.model;

import java.util.List;

/** Linked events in time order, with a timeline and a cited summary. */
public record Storyline(String id, String title, List<String> events, List<TimelineItem> timeline,
        List<SummarySentence> summary) {
    public Storyline {
        events = List.copyOf(events);
        timeline = List.copyOf(timeline);
        summary = List.copyOf(summary);
    }
}
