package org.dossier.eval.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.DossierReport;
import org.dossier.model.Event;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;

/**
 * Pairs each gold fact with the one predicted fact that states it: the same slot (its values cite
 * the gold values' words) and the same kind (a headline mismatch pairs only with a headline
 * mismatch). A predicted fact scores one point per gold value it cites and loses one per value
 * that belongs to another gold fact, so a fact that lumps two slots together does not pass for
 * either; the best scorer with at least one cited gold value wins. Gold words are found in the
 * article's text, else in its title (a headline).
 */
public final class FactMatcher {
    private FactMatcher() {}

    /** A gold fact, the predicted fact paired with it (or null), and how many gold values it cites. */
    public record Match(GoldEvents.GoldFact gold, Fact predicted, int valuesCited) {
        public boolean statusRight() {
            return predicted != null && predicted.status().equals(gold.status());
        }
    }

    /** Where a gold value's words are: an article, a field ({@code null} for the text), a range. */
    record Place(String article, String field, int start, int end) {
        boolean citedBy(Citation c) {
            return c.article().equals(article) && java.util.Objects.equals(c.field(), field)
                    && c.span().start() < end && start < c.span().end();
        }
    }

    public static List<Match> match(List<GoldEvents.GoldFact> facts, Map<String, Article> byGoldId, DossierReport report) {
        List<List<Place>> places = new ArrayList<>();
        for (GoldEvents.GoldFact f : facts) places.add(places(f, byGoldId));
        List<Fact> predicted = new ArrayList<>();
        for (Event e : report.events()) predicted.addAll(e.facts());
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            GoldEvents.GoldFact g = facts.get(i);
            boolean headline = g.status().equals("headline_mismatch");
            Fact best = null;
            int bestScore = Integer.MIN_VALUE;
            int bestCited = 0;
            for (Fact p : predicted) {
                if (p.status().equals("headline_mismatch") != headline) continue;
                int cited = cited(p, places.get(i));
                if (cited == 0) continue;
                int score = cited - foreign(p, places, i);
                if (score > bestScore || score == bestScore && cited > bestCited) {
                    best = p;
                    bestScore = score;
                    bestCited = cited;
                }
            }
            out.add(new Match(g, best, bestCited));
        }
        return out;
    }

    /** How many of the gold values some value of the predicted fact cites. */
    static int cited(Fact p, List<Place> gold) {
        int n = 0;
        for (Place place : gold) if (cites(p.values(), place)) n++;
        return n;
    }

    /** Predicted values that cite none of gold fact {@code own}'s words but another gold fact's. */
    private static int foreign(Fact p, List<List<Place>> places, int own) {
        int n = 0;
        for (FactValue v : p.values()) {
            if (places.get(own).stream().anyMatch(pl -> cites(List.of(v), pl))) continue;
            for (int j = 0; j < places.size(); j++) {
                if (j != own && places.get(j).stream().anyMatch(pl -> cites(List.of(v), pl))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static boolean cites(List<FactValue> values, Place place) {
        for (FactValue v : values) for (Citation c : v.sources()) if (place.citedBy(c)) return true;
        return false;
    }

    private static List<Place> places(GoldEvents.GoldFact f, Map<String, Article> byGoldId) {
        List<Place> out = new ArrayList<>();
        for (GoldEvents.GoldFact.Value v : f.values()) {
            Article a = byGoldId.get(v.article());
            if (a == null) continue;
            int at = a.text().indexOf(v.surface());
            if (at >= 0) {
                out.add(new Place(a.id(), null, at, at + v.surface().length()));
            } else if (a.title() != null && a.title().contains(v.surface())) {
                at = a.title().indexOf(v.surface());
                out.add(new Place(a.id(), Citation.TITLE, at, at + v.surface().length()));
            }
        }
        return out;
    }
}
