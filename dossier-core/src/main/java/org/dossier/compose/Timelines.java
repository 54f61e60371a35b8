package org.dossier.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.dedup.Deduplication;
import org.dossier.event.DateValue;
import org.dossier.event.EventAnalysis;
import org.dossier.event.EventDraft;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.TimelineItem;
import org.dossier.time.TimeMention;
import org.dossier.time.TimexType;

/**
 * A storyline's timeline: its events, and the earlier happenings its articles mention in passing
 * with a date of month precision or finer ("since June 2019", "in the summer of 2024"), each with
 * the sentences that mention it, all in time order. Dates the engine inferred are marked.
 */
final class Timelines {
    /** Days around an event within which a dated mention is the event itself, not background. */
    private static final int SAME_HAPPENING_DAYS = 10;
    /** Widest span a background date may cover: a season. */
    private static final int MAX_BACKGROUND_DAYS = 92;
    private static final Set<String> FORWARD = Set.of("until", "till", "by");

    private Timelines() {}

    static List<TimelineItem> of(List<EventDraft> events, EventAnalysis analysis, Deduplication copies) {
        List<Dated> items = new ArrayList<>();
        for (EventDraft e : events) {
            if (e.date() == null) continue;
            boolean inferred = e.dateBasis() != null && e.dateBasis().contains("back-reference");
            List<Citation> sources = new ArrayList<>();
            for (String id : e.articles()) {
                TaggedSentence lead = Summaries.leadSentence(analysis.articles().get(id).article());
                if (lead != null) sources.add(new Citation(id, lead.span()));
            }
            items.add(new Dated(e.date(), new TimelineItem(e.date().iso(),
                    e.title() + (inferred ? " (date inferred: " + e.dateBasis() + ")" : ""), sources)));
        }
        Map<String, List<Citation>> background = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, DateValue> dates = new LinkedHashMap<>();
        for (EventDraft e : events) {
            for (String id : e.articles()) {
                AnnotatedArticle a = analysis.articles().get(id);
                TaggedText tagged = null;
                for (TimeMention t : analysis.times().get(id)) {
                    DateValue d = background(t, a.article(), events);
                    if (d == null) continue;
                    if (tagged == null) tagged = LightTagger.tag(a.article().text());
                    TaggedSentence s = tagged.sentenceAt(t.span().start());
                    if (s == null) continue;
                    dates.putIfAbsent(d.iso(), d);
                    text.putIfAbsent(d.iso(), a.article().text().substring(s.span().start(), s.span().end()).strip());
                    background.computeIfAbsent(d.iso(), k -> new ArrayList<>()).add(new Citation(id, s.span()));
                }
            }
        }
        for (Map.Entry<String, List<Citation>> b : background.entrySet()) {
            items.add(new Dated(dates.get(b.getKey()), new TimelineItem(b.getKey(), text.get(b.getKey()), b.getValue())));
        }
        items.sort(Comparator.comparing((Dated d) -> d.date().start()).thenComparing(d -> d.date().end()));
        return items.stream().map(Dated::item).toList();
    }

    /** The date of a mention that names an earlier happening, or null. */
    private static DateValue background(TimeMention t, Article article, List<EventDraft> events) {
        if (t.type() != TimexType.DATE || t.signal() != null && FORWARD.contains(t.signal())) return null;
        DateValue d = DateValue.parse(t.value());
        if (d == null || java.time.temporal.ChronoUnit.DAYS.between(d.start(), d.end()) > MAX_BACKGROUND_DAYS) return null;
        if (article.published() != null && d.start().isAfter(article.published())) return null;
        for (EventDraft e : events) if (e.date() != null && d.compatible(e.date(), SAME_HAPPENING_DAYS)) return null;
        return d;
    }

    private record Dated(DateValue date, TimelineItem item) {}
}
