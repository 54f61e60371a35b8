package org.dossier.event;

import java.util.List;
import java.util.Map;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.time.TimeMention;

/**
 * What the events stage hands on: the events, the storylines (lists of event ids in time order),
 * the annotated canonical articles with inferred publication dates filled in, and every article's
 * time expressions normalized against its (given or inferred) date.
 */
public record EventAnalysis(List<EventDraft> events, List<List<String>> storylines,
        Map<String, AnnotatedArticle> articles, Map<String, List<TimeMention>> times) {
    public EventAnalysis {
        events = List.copyOf(events);
        storylines = List.copyOf(storylines);
        articles = Map.copyOf(articles);
        times = Map.copyOf(times);
    }

    public EventDraft event(String id) {
        for (EventDraft e : events) if (e.id().equals(id)) return e;
        return null;
    }
}
