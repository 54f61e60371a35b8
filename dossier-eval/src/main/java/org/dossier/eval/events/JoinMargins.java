package org.dossier.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.event.ArticleProfile;
import org.dossier.event.EventClusterer;
import org.dossier.event.EventStage;
import org.dossier.event.Profiler;

/**
 * How far the join threshold is from the decisions it makes. The clustering is replayed article by
 * article in the pipeline's order; for each article, its best score to an event already holding
 * an article of its gold event (a true join) and its best score to any other event (a false join).
 * A threshold is robust when the lowest true join sits well above the highest false join.
 *
 * @param lowestTrue    the lowest best true-join score (0 when a true event was not even a candidate)
 * @param lowestTrueAt  the article of that decision
 * @param highestFalse  the highest false-join score
 * @param highestFalseAt the article of that decision
 * @param threshold     the clusterer's join threshold
 * @param wrong         each wrong decision (a missed or a false join), then the decisions of the lowest
 *                      true and the highest false join, each with the parts of its scores
 */
public record JoinMargins(double lowestTrue, String lowestTrueAt, double highestFalse, String highestFalseAt,
        double threshold, List<String> wrong) {

    /** Lowest true join minus highest false join: negative when no threshold can separate them. */
    public double margin() {
        return lowestTrue - highestFalse;
    }

    /**
     * Replays the clustering of the annotated articles.
     *
     * @param goldIdOf article id to gold article id
     * @param goldEventOf gold article id to gold event id (null for noise)
     */
    public static JoinMargins replay(List<AnnotatedArticle> annotated, Map<String, String> goldIdOf,
            Map<String, String> goldEventOf) {
        List<ArticleProfile> profiles = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (AnnotatedArticle a : annotated) {
            texts.put(a.article().id(), a.article().text());
            if (goldIdOf.containsKey(a.article().id())) profiles.add(Profiler.profile(a, Profiler.times(a)));
        }
        List<ArticleProfile> order = EventStage.inOrder(profiles, texts::get);
        EventClusterer clusterer = new EventClusterer();
        clusterer.prime(order);
        Map<Integer, List<String>> goldOfEvent = new HashMap<>();
        double lowestTrue = Double.NaN;
        double highestFalse = 0;
        String lowestAt = null;
        String highestAt = null;
        List<String> wrong = new ArrayList<>();
        Map<String, String> decisions = new HashMap<>();
        for (ArticleProfile p : order) {
            String gold = goldIdOf.get(p.id());
            String event = goldEventOf.get(gold);
            boolean expectsJoin = event != null && goldOfEvent.values().stream().anyMatch(l -> l.contains(event));
            double bestTrue = 0;
            double bestFalse = 0;
            for (Map.Entry<Integer, Double> s : clusterer.scores(p).entrySet()) {
                boolean right = event != null && goldOfEvent.get(s.getKey()).stream().anyMatch(g -> Objects.equals(g, event));
                if (right) bestTrue = Math.max(bestTrue, s.getValue());
                else bestFalse = Math.max(bestFalse, s.getValue());
            }
            if (expectsJoin && (Double.isNaN(lowestTrue) || bestTrue < lowestTrue)) {
                lowestTrue = bestTrue;
                lowestAt = gold;
            }
            if (bestFalse > highestFalse) {
                highestFalse = bestFalse;
                highestAt = gold;
            }
            Map<Integer, String> why = clusterer.explain(p);
            int e = clusterer.add(p);
            boolean joinedRight = event != null && goldOfEvent.getOrDefault(e, List.of()).contains(event);
            boolean joinedWrong = goldOfEvent.containsKey(e) && !joinedRight;
            StringBuilder line = new StringBuilder(gold).append(" (gold ").append(event).append(')');
            for (Map.Entry<Integer, String> w : why.entrySet()) {
                line.append("\n    to event of ").append(goldOfEvent.get(w.getKey())).append(": ").append(w.getValue());
            }
            decisions.put(gold, line.toString());
            if (expectsJoin && !joinedRight || joinedWrong) wrong.add((joinedWrong ? "false join " : "missed join ") + line);
            goldOfEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(event);
        }
        if (lowestAt != null) wrong.add("lowest true join " + decisions.get(lowestAt));
        if (highestAt != null) wrong.add("highest false join " + decisions.get(highestAt));
        return new JoinMargins(Double.isNaN(lowestTrue) ? 1 : lowestTrue, lowestAt, highestFalse, highestAt,
                EventClusterer.joinThreshold(), List.copyOf(wrong));
    }
}
