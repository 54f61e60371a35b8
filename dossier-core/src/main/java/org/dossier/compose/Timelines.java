package org.dossier.compose;

import java.time.temporal.ChronoUnit;
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
 * the sentences that mention it, all in time order. An event no report dates still appears, placed
 * after the dated event before it in the storyline and marked as inferred.
 */
final class Timelines {
    /** Days around an event within which a dated mention is the event itself, not background. */
    private static final int SAME_HAPPENING_DAYS = 10;
    /** Widest span a background date may cover: a season. */
    private static final int MAX_BACKGROUND_DAYS = 92;
    private static final Set<String> FORWARD = Set.of("until", "till", "by");

    private Timelines() {}

    static List<TimelineItem> of(List<EventDraft> events, EventAnalysis analysis, SentencePicker picker) {
        List<Dated> items = new ArrayList<>();
        DateValue before = null;
        String beforeTitle = null;
        for (EventDraft e : events) {
            List<Citation> sources = new ArrayList<>();
            for (String id : e.articles()) {
                picker.sentences(id).stream().filter(SentencePicker.Sentence::usable).findFirst()
                        .ifPresent(s -> sources.add(new Citation(id, s.span())));
            }
            if (e.date() != null) {
                items.add(new Dated(e.date(), new TimelineItem(e.date().iso(), e.title(), sources, inferred(e.dateBasis()),
                        e.dateBasis(), TimelineItem.EVENT)));
                before = e.date();
                beforeTitle = e.title();
            } else if (before != null) {
                items.add(new Dated(before, new TimelineItem(before.iso(), e.title(), sources, true,
                        "no report dates it; placed after \"" + beforeTitle + "\", the event before it in the storyline",
                        TimelineItem.EVENT)));
            } else {
                items.add(new Dated(null, new TimelineItem(null, e.title(), sources, true, null, TimelineItem.EVENT)));
            }
        }
        items.replaceAll(d -> d.date() != null ? d : placedBeforeFirst(d, items));
        items.addAll(background(events, analysis));
        items.sort(Comparator.comparing((Dated d) -> d.date() == null ? java.time.LocalDate.MAX : d.date().start())
                .thenComparing(d -> d.date() == null ? java.time.LocalDate.MAX : d.date().end()));
        return items.stream().map(Dated::item).toList();
    }

    /** An event before any dated one: placed with the first dated event, or left undated if none is. */
    private static Dated placedBeforeFirst(Dated undated, List<Dated> items) {
        TimelineItem t = undated.item();
        for (Dated d : items) {
            if (d.date() != null && d.item().kind().equals(TimelineItem.EVENT)) {
                return new Dated(d.date(), new TimelineItem(d.date().iso(), t.text(), t.sources(), true,
                        "no report dates it; placed before \"" + d.item().text() + "\", the event after it in the storyline",
                        TimelineItem.EVENT));
            }
        }
        return new Dated(null, new TimelineItem(null, t.text(), t.sources(), true,
                "no report in the corpus dates it", TimelineItem.EVENT));
    }

    /** A date from publication dates or a later article's back-reference, not read as the happening's date. */
    static boolean inferred(String basis) {
        return basis != null && (basis.contains("back-reference") || basis.contains("publication date"));
    }

    private static List<Dated> background(List<EventDraft> events, EventAnalysis analysis) {
        Map<String, List<Citation>> cited = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, String> surface = new LinkedHashMap<>();
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
                    surface.putIfAbsent(d.iso(), a.article().text().substring(t.span().start(), t.span().end()));
                    cited.computeIfAbsent(d.iso(), k -> new ArrayList<>()).add(new Citation(id, s.span()));
                }
            }
        }
        List<Dated> out = new ArrayList<>();
        for (Map.Entry<String, List<Citation>> b : cited.entrySet()) {
            out.add(new Dated(dates.get(b.getKey()), new TimelineItem(b.getKey(), text.get(b.getKey()), b.getValue(),
                    false, "stated in the text: \"" + surface.get(b.getKey()) + "\"", TimelineItem.BACKGROUND)));
        }
        return out;
    }

    /** The date of a mention that names an earlier happening, or null. */
    private static DateValue background(TimeMention t, Article article, List<EventDraft> events) {
        if (t.type() != TimexType.DATE || t.signal() != null && FORWARD.contains(t.signal())) return null;
        DateValue d = DateValue.parse(t.value());
        if (d == null || ChronoUnit.DAYS.between(d.start(), d.end()) > MAX_BACKGROUND_DAYS) return null;
        if (article.published() != null && d.start().isAfter(article.published())) return null;
        for (EventDraft e : events) if (e.date() != null && d.compatible(e.date(), SAME_HAPPENING_DAYS)) return null;
        return d;
    }

    private record Dated(DateValue date, TimelineItem item) {}
}
