package org.dossier.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.time.TemporalTagger;
import org.dossier.time.TimeMention;

/**
 * The events stage over annotated canonical articles: profiles each article, clusters them online
 * into events, dates the events, infers the publication dates of undated articles from their
 * event (re-anchoring their time expressions), dates still-undated events from back-references
 * in other events' articles, and links events into storylines.
 *
 * <pre>{@code
 * EventAnalysis result = EventStage.run(annotatedCanonicalArticles);
 * }</pre>
 */
public final class EventStage {
    private EventStage() {}

    public static EventAnalysis run(List<AnnotatedArticle> canonical) {
        Map<String, AnnotatedArticle> articles = new LinkedHashMap<>();
        Map<String, List<TimeMention>> times = new HashMap<>();
        Map<String, ArticleProfile> profiles = new HashMap<>();
        for (AnnotatedArticle a : canonical) {
            articles.put(a.article().id(), a);
            times.put(a.article().id(), Profiler.times(a));
            profiles.put(a.article().id(), Profiler.profile(a, times.get(a.article().id())));
        }
        List<ArticleProfile> order = inOrder(profiles.values());
        EventClusterer clusterer = new EventClusterer();
        clusterer.prime(order);
        for (ArticleProfile p : order) clusterer.add(p);

        List<EventDraft> events = new ArrayList<>();
        for (List<String> members : clusterer.events()) {
            List<ArticleProfile> ps = members.stream().map(profiles::get).toList();
            EventDater.Dated d = EventDater.date(ps);
            String id = "e" + (events.size() + 1);
            events.add(new EventDraft(id, title(articles.get(members.get(0)).article()), members,
                    d == null ? null : d.date(), d == null ? null : d.basis(), List.of()));
        }
        inferDates(events, articles, times);
        List<BackReference> refs = BackReferenceFinder.find(events, profiles, articles, times);
        events = applyReferences(events, refs);
        inferDates(events, articles, times);
        List<List<String>> storylines = StorylineLinker.link(events, profiles, refs, clusterer.stats());
        return new EventAnalysis(events, storylines, articles, times);
    }

    /**
     * The order in which a batch's articles are clustered: dated ones by publication date (an
     * event's first report opens it), then the undated ones; by id on a tie, so runs repeat.
     */
    public static List<ArticleProfile> inOrder(java.util.Collection<ArticleProfile> profiles) {
        List<ArticleProfile> order = new ArrayList<>(profiles);
        order.sort(Comparator.comparing(ArticleProfile::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ArticleProfile::id));
        return order;
    }

    /** The article's title, or its first line when it has none. */
    static String title(org.dossier.model.Article a) {
        if (a.title() != null && !a.title().isBlank()) return a.title();
        return a.text().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(a.id());
    }

    /** Dates undated events from back-references that carry a date, and records every link. */
    private static List<EventDraft> applyReferences(List<EventDraft> events, List<BackReference> refs) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            EventDraft updated = e;
            for (BackReference r : refs) {
                if (r.fromEvent().equals(e.id())) updated = updated.withReference(r.toEvent());
                if (r.toEvent().equals(e.id()) && updated.date() == null && r.date() != null) {
                    updated = updated.withDate(r.date(), "\"" + r.dateText() + "\" in a back-reference in " + r.article());
                }
            }
            out.add(updated);
        }
        return out;
    }

    /**
     * Undated articles of a dated event get the event's first day as an inferred publication date,
     * and their time expressions are resolved again against it.
     */
    private static void inferDates(List<EventDraft> events, Map<String, AnnotatedArticle> articles,
            Map<String, List<TimeMention>> times) {
        for (EventDraft e : events) {
            if (e.date() == null) continue;
            LocalDate day = e.date().start();
            for (String id : e.articles()) {
                AnnotatedArticle a = articles.get(id);
                if (a.article().published() != null) continue;
                String basis = "inferred from event " + e.id() + " (" + e.date().iso() + ")";
                AnnotatedArticle dated = new AnnotatedArticle(a.article().withInferredDate(day, basis), a.entities(),
                        a.quantities(), a.quotes(), a.attributions(), a.times());
                articles.put(id, dated);
                times.put(id, TemporalTagger.reanchor(times.get(id), day));
            }
        }
    }
}
