package org.dossier.event;

import java.util.List;

/**
 * One event as the events stage found it, before facts are attached: its canonical articles (in
 * time order), the date of the happening and how that date was found, and the earlier events its
 * articles refer back to.
 */
public record EventDraft(String id, String title, List<String> articles, DateValue date, String dateBasis,
        List<String> refersTo) {
    public EventDraft {
        articles = List.copyOf(articles);
        refersTo = List.copyOf(refersTo);
    }

    public EventDraft withDate(DateValue d, String basis) {
        return new EventDraft(id, title, articles, d, basis, refersTo);
    }

    public EventDraft withReference(String eventId) {
        if (refersTo.contains(eventId)) return this;
        List<String> refs = new java.util.ArrayList<>(refersTo);
        refs.add(eventId);
        return new EventDraft(id, title, articles, date, dateBasis, refs);
    }
}
