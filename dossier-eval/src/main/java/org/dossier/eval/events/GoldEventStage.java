package org.dossier.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.event.DateValue;
import org.dossier.event.EventAnalysis;
import org.dossier.event.EventDraft;
import org.dossier.event.Profiler;
import org.dossier.model.Article;

/**
 * An events stage that knows the answer: it groups articles into the gold events, dates them with
 * the gold dates, links the gold storylines, and gives undated articles their gold publication
 * day. Handed to {@code Dossier.withEventStage}, it lets the evaluation measure the facts stage on
 * correct events, apart from clustering and dating errors. Noise articles are singleton events.
 */
public final class GoldEventStage implements Function<List<AnnotatedArticle>, EventAnalysis> {
    private final GoldEvents gold;

    public GoldEventStage(GoldEvents gold) {
        this.gold = gold;
    }

    @Override
    public EventAnalysis apply(List<AnnotatedArticle> canonical) {
        Map<String, String> eventOf = gold.eventOf();
        Map<String, JsonNode> goldArticles = new HashMap<>();
        for (JsonNode a : gold.gold().get("articles")) goldArticles.put(a.get("id").asText(), a);
        Map<String, AnnotatedArticle> articles = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (JsonNode e : gold.gold().get("events")) members.put(e.get("id").asText(), new ArrayList<>());
        List<List<String>> storylines = new ArrayList<>();
        for (AnnotatedArticle a : canonical) {
            String goldId = goldId(a.article(), goldArticles.keySet());
            JsonNode g = goldArticles.get(goldId);
            AnnotatedArticle dated = a.article().published() == null && g != null && day(g.path("published_expected")) != null
                    ? withDate(a, day(g.path("published_expected"))) : a;
            articles.put(a.article().id(), dated);
            String event = eventOf.get(goldId);
            if (event == null) {
                members.put(a.article().id(), new ArrayList<>(List.of(a.article().id())));
                storylines.add(List.of(a.article().id()));
            } else {
                members.get(event).add(a.article().id());
            }
        }
        Map<String, String> dates = gold.eventDates();
        List<EventDraft> events = new ArrayList<>();
        for (Map.Entry<String, List<String>> m : members.entrySet()) {
            if (m.getValue().isEmpty()) continue;
            String title = articles.get(m.getValue().get(0)).article().title();
            events.add(new EventDraft(m.getKey(), title == null ? m.getKey() : title, m.getValue(),
                    interval(dates.get(m.getKey())), "gold", List.of()));
        }
        for (JsonNode s : gold.gold().get("storylines")) {
            List<String> ids = new ArrayList<>();
            for (JsonNode e : s.get("events")) if (!members.getOrDefault(e.asText(), List.of()).isEmpty()) ids.add(e.asText());
            if (!ids.isEmpty()) storylines.add(0, ids);
        }
        Map<String, List<org.dossier.time.TimeMention>> times = new HashMap<>();
        for (AnnotatedArticle a : articles.values()) times.put(a.article().id(), Profiler.times(a));
        return new EventAnalysis(events, storylines, articles, times);
    }

    /**
     * The gold id of an article: its file name, with {@code #N} for the N-th item of a feed when
     * the gold file lists the items apart (a web archive of one page is listed by file name).
     */
    static String goldId(Article a, java.util.Set<String> known) {
        String source = a.source();
        int hash = source.indexOf('#');
        String file = Path.of(hash < 0 ? source : source.substring(0, hash)).getFileName().toString();
        if (hash < 0) return file;
        String item = file + "#" + source.substring(hash + 1).replaceAll("\\D", "");
        return known.contains(item) ? item : file;
    }

    private static AnnotatedArticle withDate(AnnotatedArticle a, LocalDate day) {
        return new AnnotatedArticle(a.article().withInferredDate(day, "gold"), a.entities(), a.quantities(), a.quotes(),
                a.attributions(), a.times());
    }

    private static LocalDate day(JsonNode value) {
        if (!value.isTextual() || !value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) return null;
        return LocalDate.parse(value.asText());
    }

    /** A gold date: a day, a month, or an ISO interval {@code start/end}. */
    static DateValue interval(String iso) {
        if (iso == null) return null;
        int slash = iso.indexOf('/');
        if (slash < 0) return DateValue.parse(iso);
        DateValue from = DateValue.parse(iso.substring(0, slash));
        DateValue to = DateValue.parse(iso.substring(slash + 1));
        return from == null || to == null ? from : new DateValue(from.start(), to.end(), iso);
    }
}
