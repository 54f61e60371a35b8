package org.dossier.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Online event clustering: each new article joins the event of the most similar earlier article,
 * or opens a new event; earlier assignments never change, so adding articles costs the same
 * whatever the corpus size (bounded by the candidate search, not by the number of events).
 *
 * <p>Candidates come from an inverted index over each article's rarest lead terms, lead names
 * and happening month, so only articles sharing specific evidence are ever scored.
 */
public final class EventClusterer {
    /** Minimum score for an article to join an existing event. */
    static final double JOIN_THRESHOLD = 0.17;
    /** Index keys looked up per article: its rarest ones. */
    private static final int KEYS_PER_ARTICLE = 12;
    /** Candidates scored per article, those sharing most keys. */
    private static final int MAX_CANDIDATES = 40;

    private final TermStats stats = new TermStats();
    private final PairScorer scorer = new PairScorer(stats);
    private final List<ArticleProfile> profiles = new ArrayList<>();
    private final List<Integer> eventOf = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final List<EventCentroid> centroids = new ArrayList<>();
    private int events;
    private long scored;

    private final java.util.Set<String> primed = new java.util.HashSet<>();

    /**
     * Counts the words and names of articles about to be added, so that the first articles of a
     * batch are compared with document frequencies of the whole batch rather than of the few
     * articles before them. Online adds without priming count each article as it arrives.
     */
    public void prime(java.util.Collection<ArticleProfile> batch) {
        for (ArticleProfile p : batch) if (primed.add(p.id())) stats.add(p);
    }

    /** Adds one article; returns the index of the event it joined or opened. */
    public int add(ArticleProfile p) {
        if (!primed.remove(p.id())) stats.add(p);
        int event = -1;
        double bestScore = JOIN_THRESHOLD;
        for (Map.Entry<Integer, Double> c : scores(p).entrySet()) {
            if (c.getValue() >= bestScore) {
                bestScore = c.getValue();
                event = c.getKey();
            }
        }
        if (event < 0) event = events;
        place(p, event);
        return event;
    }

    /**
     * Puts back an article clustered in an earlier run into the event it joined then, without
     * scoring it: the state a later run continues from ({@link EventMemory}).
     */
    public void restore(ArticleProfile p, int event) {
        if (!primed.remove(p.id())) stats.add(p);
        place(p, event);
    }

    /** Records the article as a member of the event (opening it, and any before it, when new). */
    private void place(ArticleProfile p, int event) {
        while (events <= event) {
            events++;
            centroids.add(new EventCentroid());
        }
        centroids.get(event).add(p);
        int index = profiles.size();
        profiles.add(p);
        eventOf.add(event);
        for (String key : keys(p)) postings.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
    }

    /**
     * How well an article fits each candidate event (index to score, in candidate order), without
     * adding it: the mean of its fit to the event's pooled evidence and to the candidate member
     * that brought the event up. An event that is not a candidate scores nothing.
     */
    public Map<Integer, Double> scores(ArticleProfile p) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int candidate : candidates(p)) {
            int e = eventOf.get(candidate);
            if (out.containsKey(e)) continue;
            scored++;
            out.put(e, (scorer.score(p, centroids.get(e)) + scorer.score(p, profiles.get(candidate))) / 2);
        }
        return out;
    }

    /**
     * Why an article scores what it does against each candidate event: the parts of its score
     * against the event's pool and against the member that brought the event up.
     */
    public Map<Integer, String> explain(ArticleProfile p) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int candidate : candidates(p)) {
            int e = eventOf.get(candidate);
            if (out.containsKey(e)) continue;
            out.put(e, "pool " + scorer.explain(p, centroids.get(e)) + "; member " + profiles.get(candidate).id() + " "
                    + scorer.explain(p, profiles.get(candidate)));
        }
        return out;
    }

    /** The lowest score that lets an article join an event. */
    public static double joinThreshold() {
        return JOIN_THRESHOLD;
    }

    private List<Integer> candidates(ArticleProfile p) {
        List<String> keys = new ArrayList<>(keys(p));
        keys.sort(Comparator.comparingInt(k -> postings.getOrDefault(k, List.of()).size()));
        Map<Integer, Integer> hits = new HashMap<>();
        int used = 0;
        for (String k : keys) {
            List<Integer> list = postings.get(k);
            if (list == null) continue;
            for (int i = list.size() - 1; i >= 0 && i >= list.size() - 4 * MAX_CANDIDATES; i--) hits.merge(list.get(i), 1, Integer::sum);
            if (++used >= KEYS_PER_ARTICLE) break;
        }
        List<Integer> out = new ArrayList<>(hits.keySet());
        out.sort(Comparator.comparingInt((Integer i) -> -hits.get(i)).thenComparingInt(i -> -i));
        return out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out;
    }

    private static List<String> keys(ArticleProfile p) {
        List<String> keys = new ArrayList<>();
        for (String t : p.leadTerms().keySet()) keys.add("t:" + t);
        for (String n : p.leadNames()) keys.add("n:" + n);
        if (p.mainDate() != null) keys.add("d:" + p.mainDate().start().toString().substring(0, 7));
        return keys;
    }

    public int eventOf(String articleId) {
        for (int i = 0; i < profiles.size(); i++) if (profiles.get(i).id().equals(articleId)) return eventOf.get(i);
        return -1;
    }

    /** Article ids per event, in event order. */
    public List<List<String>> events() {
        List<List<String>> out = new ArrayList<>();
        for (int e = 0; e < events; e++) out.add(new ArrayList<>());
        for (int i = 0; i < profiles.size(); i++) out.get(eventOf.get(i)).add(profiles.get(i).id());
        return out;
    }

    public List<ArticleProfile> profiles() {
        return List.copyOf(profiles);
    }

    /** Pairs scored so far: the cost the candidate search keeps far below all pairs. */
    public long pairsScored() {
        return scored;
    }

    public TermStats stats() {
        return stats;
    }
}
