package org.dossier.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.annotate.rules.Token;
import org.dossier.event.EventAnalysis;
import org.dossier.event.EventDraft;
import org.dossier.model.Citation;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;

/**
 * The named people an event's main action affected ("among those freed was ...", "released X and
 * Y"), as one list fact. The event's main action is the action group its headlines name most; a
 * person counts as affected when named after that action's word in a sentence about the event
 * (the actor is usually named before it: "the president pardoned ...").
 */
final class NamedPeople {
    /** Words after the action word within which an affected person is named. */
    private static final int REACH = 12;
    private static final Set<String> CLAUSE_BREAKS = Set.of("after", "before", "as", "when", "while", "because",
            "following", "followed", "by", "led", "who", "which", "said", "says", "told", "wrote", "announced", "met",
            "reported", "added");

    private NamedPeople() {}

    static List<Fact> facts(EventDraft e, EventAnalysis analysis, Function<Claim, List<Citation>> cite) {
        String action = mainAction(e, analysis);
        if (action == null) return List.of();
        Map<String, List<Citation>> people = new LinkedHashMap<>();
        Map<String, String> shown = new HashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (String id : e.articles()) {
            AnnotatedArticle a = analysis.articles().get(id);
            TaggedText tagged = LightTagger.tag(a.article().text());
            for (EntityMention m : a.entities()) {
                if (m.type() != EntityType.PERSON || m.text().indexOf(' ') < 0) continue;
                TaggedSentence s = tagged.sentenceAt(m.span().start());
                if (s == null || ClaimExtractor.isBackground(s, analysis.times().get(id), e.date())
                        || Cumulative.within(s.tokens(), 0, s.tokens().size() - 1)) {
                    continue;   // "has released dozens since last year, including X": earlier releases
                }
                if (!governed(s, m, action, a.entities())) continue;
                String key = m.text().toLowerCase(Locale.ROOT).substring(m.text().lastIndexOf(' ') + 1);
                shown.putIfAbsent(key, m.text());
                List<Citation> cs = people.computeIfAbsent(key, k -> new ArrayList<>());
                if (cs.stream().noneMatch(c -> c.article().equals(id))) {
                    QuantityMention q = new QuantityMention(m.span(), m.text(), 1, 1, Approximation.EXACT, null, null);
                    cs.addAll(cite.apply(new Claim(id, q, new Slot("", "", ""), false, null, null, null, false)));
                    sources.add(id);
                }
            }
        }
        if (people.isEmpty()) return List.of();
        List<FactValue> values = new ArrayList<>();
        boolean allShared = true;
        for (Map.Entry<String, List<Citation>> p : people.entrySet()) {
            long independent = p.getValue().stream().map(Citation::article).filter(e.articles()::contains).count();
            if (independent < 2) allShared = false;
            values.add(new FactValue(shown.get(p.getKey()), shown.get(p.getKey()), p.getValue()));
        }
        String status = sources.size() < 2 ? "single" : allShared ? "agree" : "compatible";
        return List.of(new Fact("the named people " + SlotLabel.participle(action), status, values));
    }

    /**
     * Whether the person is named within reach after the action word, in the same clause: the
     * reach ends at a subordinating word or a verb of saying ("... release came hours after X
     * met ...", "... released, as confirmed by X"), and at "by", which names the agent ("the release
     * followed talks led by X"); it starts again after each person of a list.
     */
    private static boolean governed(TaggedSentence s, EntityMention person, String action, List<EntityMention> all) {
        int open = 0;
        for (Token t : s.tokens()) {
            if (t.start() >= person.span().start()) return open > 0;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (action.equals(ClaimExtractor.group(t.word()))) {
                open = REACH;
            } else if (CLAUSE_BREAKS.contains(w)) {
                open = 0;
            } else if (open > 0) {
                open--;
                for (EntityMention m : all) if (m.span().start() == t.start() && m.type() == EntityType.PERSON) open = REACH;
            }
        }
        return false;
    }

    /** The action group named by most of the event's headlines (the title, else the first sentence). */
    private static String mainAction(EventDraft e, EventAnalysis analysis) {
        Map<String, Integer> votes = new HashMap<>();
        for (String id : e.articles()) {
            org.dossier.model.Article a = analysis.articles().get(id).article();
            String headline = a.title() != null && !a.title().isBlank() ? a.title() : a.text();
            TaggedText tagged = LightTagger.tag(headline);
            if (tagged.sentences().isEmpty()) continue;
            Set<String> seen = new LinkedHashSet<>();
            for (Token t : tagged.sentences().get(0).tokens()) {
                String g = ClaimExtractor.group(t.word());
                if (g != null) seen.add(g);
            }
            for (String g : seen) votes.merge(g, 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
