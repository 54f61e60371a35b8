package org.dossier.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.AnnotationStage;
import org.dossier.dedup.Deduplication;
import org.dossier.event.EventAnalysis;
import org.dossier.event.EventDraft;
import org.dossier.model.Article;
import org.dossier.model.DossierReport;
import org.dossier.model.Event;
import org.dossier.model.Fact;
import org.dossier.model.Storyline;
import org.dossier.source.Problem;

/**
 * The compose step: turns events, facts and storylines into the report's records. Events list
 * every member article, copies included; articles whose publication date was inferred from their
 * event carry it (copies of such an article too); each event gets its cited summary, each storyline
 * its timeline and summary, all drawn from the dated articles.
 */
public final class Composer {
    private Composer() {}

    public static DossierReport report(List<Article> articles, Deduplication copies, EventAnalysis analysis,
            Map<String, List<Fact>> facts, AnnotationStage.Result annotated, List<Problem> problems) {
        List<Article> dated = new ArrayList<>();
        for (Article a : articles) {
            Article canonical = analysis.articles().containsKey(a.id()) ? analysis.articles().get(a.id()).article()
                    : analysis.articles().containsKey(copies.canonicalOf(a.id()))
                            ? analysis.articles().get(copies.canonicalOf(a.id())).article() : null;
            if (a.published() == null && canonical != null && canonical.published() != null) {
                dated.add(a.withInferredDate(canonical.published(), canonical.id().equals(a.id())
                        ? canonical.publishedBasis() : "from its copy " + canonical.id() + ": " + canonical.publishedBasis()));
            } else {
                dated.add(a);
            }
        }
        Map<String, Article> byId = new HashMap<>();
        for (Article a : dated) byId.put(a.id(), a);
        SentencePicker picker = new SentencePicker(byId);
        List<Event> events = new ArrayList<>();
        for (EventDraft e : analysis.events()) {
            List<String> members = new ArrayList<>();
            for (String id : e.articles()) {
                members.add(id);
                for (String c : copies.copiesOf(id)) if (!members.contains(c)) members.add(c);
            }
            List<Fact> eventFacts = facts.getOrDefault(e.id(), List.of());
            events.add(new Event(e.id(), e.title(), e.date() == null ? null : e.date().iso(), e.dateBasis(), members,
                    eventFacts, Summaries.ofEvent(e, eventFacts, picker, byId)));
        }
        List<Storyline> storylines = new ArrayList<>();
        for (List<String> ids : analysis.storylines()) {
            List<EventDraft> es = ids.stream().map(analysis::event).toList();
            String id = "s" + (storylines.size() + 1);
            storylines.add(new Storyline(id, es.get(0).title(), ids, Timelines.of(es, analysis, picker),
                    Summaries.ofStoryline(es, facts, picker, byId)));
        }
        return new DossierReport(dated, copies.groups(), events, storylines, annotated.entities(), annotated.quotes(),
                problems);
    }
}
