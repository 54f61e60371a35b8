package org.dossier.eval.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.DossierReport;
import org.dossier.model.Event;
import org.dossier.model.Storyline;

/**
 * Scores a dossier against a gold file: event and storyline clusterings (pairwise and B-cubed),
 * event dates (README's rule: a predicted day is right inside a gold interval or month), and fact
 * statuses (each gold fact paired with the predicted fact of its slot by {@link FactMatcher}).
 */
public final class EventsScorer {
    private EventsScorer() {}

    public record Scores(ClusterScores events, ClusterScores storylines, int datesRight, int datesTotal,
            int statusesRight, int statusesTotal, int valuesCited, int valuesTotal, List<String> misses) {
        public double dateAccuracy() {
            return datesTotal == 0 ? 1 : datesRight / (double) datesTotal;
        }

        public double statusAccuracy() {
            return statusesTotal == 0 ? 1 : statusesRight / (double) statusesTotal;
        }

        /** The share of gold fact values that the paired predicted facts cite. */
        public double valueCoverage() {
            return valuesTotal == 0 ? 1 : valuesCited / (double) valuesTotal;
        }
    }

    public static Scores score(GoldEvents gold, DossierReport report) {
        Map<String, Article> byGoldId = match(gold, report);
        Map<String, String> goldEvent = gold.eventOf();
        Map<String, String> storylineOf = gold.storylineOf();
        Map<String, String> predEvent = new HashMap<>();
        for (Event e : report.events()) for (String a : e.articles()) predEvent.put(a, e.id());
        Map<String, String> predStoryline = new HashMap<>();
        for (Storyline s : report.storylines()) for (String e : s.events()) predStoryline.put(e, s.id());
        List<String> items = new ArrayList<>(byGoldId.keySet());
        Map<String, String> ge = new HashMap<>();
        Map<String, String> gs = new HashMap<>();
        Map<String, String> pe = new HashMap<>();
        Map<String, String> ps = new HashMap<>();
        for (String id : items) {
            ge.put(id, goldEvent.get(id));
            gs.put(id, goldEvent.get(id) == null ? null : storylineOf.get(goldEvent.get(id)));
            String ev = predEvent.get(byGoldId.get(id).id());
            pe.put(id, ev);
            ps.put(id, ev == null ? null : predStoryline.get(ev));
        }
        List<String> misses = new ArrayList<>();
        int datesRight = 0;
        Map<String, String> goldDates = gold.eventDates();
        for (Map.Entry<String, String> d : goldDates.entrySet()) {
            Event best = bestEvent(d.getKey(), items, ge, pe, report);
            boolean ok = best != null && best.date() != null && DateMatch.right(best.date(), d.getValue());
            if (ok) datesRight++;
            else misses.add("date " + d.getKey() + ": gold " + d.getValue() + ", got " + (best == null ? "no event" : best.date()));
        }
        int statusRight = 0;
        int valuesCited = 0;
        int valuesTotal = 0;
        List<GoldEvents.GoldFact> facts = gold.facts();
        for (FactMatcher.Match m : FactMatcher.match(facts, byGoldId, report)) {
            valuesCited += m.valuesCited();
            valuesTotal += m.gold().values().size();
            if (m.statusRight()) statusRight++;
            else misses.add("fact " + m.gold().event() + " '" + m.gold().slot() + "': gold " + m.gold().status() + ", got "
                    + (m.predicted() == null ? "no fact" : m.predicted().status() + " '" + m.predicted().statement() + "' "
                    + m.predicted().values().stream().map(v -> v.value()).toList()));
        }
        return new Scores(ClusterScores.score(items, ge, pe), ClusterScores.score(items, gs, ps), datesRight,
                goldDates.size(), statusRight, facts.size(), valuesCited, valuesTotal, misses);
    }

    /** The predicted events and storylines in gold article ids, for reading misses. */
    public static List<String> describe(GoldEvents gold, DossierReport report) {
        Map<String, String> goldIdOf = new HashMap<>();
        match(gold, report).forEach((g, a) -> goldIdOf.put(a.id(), g));
        List<String> out = new ArrayList<>();
        for (Storyline s : report.storylines()) out.add("storyline " + s.id() + " " + s.events());
        for (Event e : report.events()) {
            out.add("event " + e.id() + " " + e.date() + " (" + e.dateBasis() + ") "
                    + e.articles().stream().map(a -> goldIdOf.getOrDefault(a, a)).toList());
        }
        for (Article a : report.articles()) {
            out.add("article " + goldIdOf.getOrDefault(a.id(), a.id()) + " " + a.id() + " published " + a.published()
                    + (a.publishedInferred() ? " (inferred)" : ""));
        }
        return out;
    }

    /** Gold article ids to the report's articles, by file name ({@code feed.xml#2}: the feed's second item). */
    public static Map<String, Article> match(GoldEvents gold, DossierReport report) {
        Map<String, List<Article>> byFile = new HashMap<>();
        for (Article a : report.articles()) {
            String file = Path.of(a.source().replaceFirst("#.*$", "")).getFileName().toString();
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(a);
        }
        Map<String, Article> out = new LinkedHashMap<>();
        for (String id : gold.eventOf().keySet()) {
            int hash = id.indexOf('#');
            List<Article> list = byFile.get(hash < 0 ? id : id.substring(0, hash));
            if (list == null) continue;
            int n = hash < 0 ? 0 : Integer.parseInt(id.substring(hash + 1)) - 1;
            if (n < list.size()) out.put(id, list.get(n));
        }
        return out;
    }

    /** The predicted event holding most of the gold event's articles. */
    private static Event bestEvent(String goldEvent, List<String> items, Map<String, String> ge,
            Map<String, String> pe, DossierReport report) {
        Map<String, Integer> votes = new HashMap<>();
        for (String id : items) if (goldEvent.equals(ge.get(id)) && pe.get(id) != null) votes.merge(pe.get(id), 1, Integer::sum);
        String best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        for (Event e : report.events()) if (e.id().equals(best)) return e;
        return null;
    }
}
