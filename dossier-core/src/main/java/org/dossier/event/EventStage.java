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
        return run(canonical, null);
    }

    /**
     * The stage continuing from the events of earlier runs: articles the memory knows keep their
     * stored profile and event, without being profiled or scored again; only new articles are
     * profiled and clustered (online, against everything before), and then remembered.
     *
     * @param memory the workspace's event memory, or null to cluster the batch from scratch
     */
    public static EventAnalysis run(List<AnnotatedArticle> canonical, EventMemory memory) {
        Map<String, AnnotatedArticle> articles = new LinkedHashMap<>();
        Map<String, List<TimeMention>> times = new HashMap<>();
        Map<String, ArticleProfile> profiles = new HashMap<>();
        Map<String, ArticleProfile> fresh = new HashMap<>();
        for (AnnotatedArticle a : canonical) {
            String id = a.article().id();
            articles.put(id, a);
            times.put(id, Profiler.times(a));
            if (memory == null || !memory.knows(id)) fresh.put(id, Profiler.profile(a, times.get(id)));
        }
        EventClusterer clusterer = new EventClusterer();
        if (memory != null) {
            for (EventMemory.Entry e : memory.entries()) {
                clusterer.restore(e.profile(), e.event());
                if (articles.containsKey(e.profile().id())) profiles.put(e.profile().id(), e.profile());
            }
        }
        List<ArticleProfile> order = inOrder(fresh.values(), id -> articles.get(id).article().text());
        clusterer.prime(order);
        List<EventMemory.Entry> added = new ArrayList<>();
        for (ArticleProfile p : order) added.add(new EventMemory.Entry(p, clusterer.add(p)));
        if (memory != null) memory.append(added);
        profiles.putAll(fresh);

        List<EventDraft> events = new ArrayList<>();
        for (List<String> all : clusterer.events()) {
            // an article of an earlier run that is no longer canonical (a better copy came) drops out
            List<String> members = all.stream().filter(articles::containsKey).toList();
            if (members.isEmpty()) continue;
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
     * event's first report opens it), then the undated ones. Ties are broken by the texts, not by
     * ids: an id depends on where a file was read from, and the same articles read from another
     * folder must cluster the same way.
     *
     * @param textOf the text of the article with the given id
     */
    public static List<ArticleProfile> inOrder(java.util.Collection<ArticleProfile> profiles,
            java.util.function.Function<String, String> textOf) {
        Map<String, String> texts = new HashMap<>();
        for (ArticleProfile p : profiles) texts.put(p.id(), textOf.apply(p.id()));
        List<ArticleProfile> order = new ArrayList<>(profiles);
        order.sort(Comparator.comparing(ArticleProfile::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt((ArticleProfile p) -> texts.get(p.id()).hashCode())
                .thenComparing(p -> texts.get(p.id()))
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
