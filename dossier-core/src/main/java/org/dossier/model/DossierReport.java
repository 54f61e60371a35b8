package org.dossier.model;

import java.util.List;
import org.dossier.source.Problem;

/**
 * Everything one analysis found; serialized as {@code dossier.json} (the documented contract).
 *
 * @param problems the inputs that were rejected, and why
 */
public record DossierReport(
        List<Article> articles,
        List<DuplicateGroup> duplicates,
        List<Event> events,
        List<Storyline> storylines,
        List<Entity> entities,
        List<Quote> quotes,
        List<Problem> problems) {
    public DossierReport {
        articles = List.copyOf(articles);
        duplicates = List.copyOf(duplicates);
        events = List.copyOf(events);
        storylines = List.copyOf(storylines);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        problems = List.copyOf(problems);
    }
}
