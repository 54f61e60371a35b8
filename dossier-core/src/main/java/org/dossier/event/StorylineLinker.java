package org.dossier.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links events into storylines: two events belong to one storyline when an article of one refers
 * back to the other, or when their leads share salient actors — several specific names, weighted
 * by rarity, not a single common one such as a country. Why the leads: an event's lead names its
 * actors and place, while its bodies add the many people quoted, whose number would dilute the
 * actors two events share (and who link unrelated stories through a passing mention).
 * Storylines are the connected components, their events in time order.
 */
public final class StorylineLinker {
    /** Weighted share of lead names two events need in common to be linked. */
    static final double NAME_OVERLAP = 0.12;
    /** Distinct names they must share. */
    static final int MIN_SHARED_NAMES = 2;

    private StorylineLinker() {}

    public static List<List<String>> link(List<EventDraft> events, Map<String, ArticleProfile> profiles,
            List<BackReference> references, TermStats stats) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (EventDraft e : events) parent.put(e.id(), e.id());
        for (BackReference r : references) union(parent, r.fromEvent(), r.toEvent());
        List<Set<String>> names = new ArrayList<>();
        for (EventDraft e : events) {
            Set<String> n = new HashSet<>();
            for (String id : e.articles()) n.addAll(profiles.get(id).leadNames());
            names.add(n);
        }
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                Set<String> shared = new HashSet<>(names.get(i));
                shared.retainAll(names.get(j));
                if (shared.size() >= MIN_SHARED_NAMES && stats.nameOverlap(names.get(i), names.get(j)) >= NAME_OVERLAP) {
                    union(parent, events.get(i).id(), events.get(j).id());
                }
            }
        }
        Map<String, List<EventDraft>> groups = new LinkedHashMap<>();
        for (EventDraft e : events) groups.computeIfAbsent(find(parent, e.id()), k -> new ArrayList<>()).add(e);
        List<List<String>> out = new ArrayList<>();
        for (List<EventDraft> g : groups.values()) {
            g.sort(Comparator.comparing((EventDraft e) -> e.date() == null ? null : e.date().start(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventDraft::id));
            out.add(g.stream().map(EventDraft::id).toList());
        }
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) x = parent.get(x);
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }
}
