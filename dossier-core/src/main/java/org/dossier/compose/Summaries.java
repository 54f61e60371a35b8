package org.dossier.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.event.EventDraft;
import org.dossier.model.Article;
import org.dossier.model.Fact;
import org.dossier.model.SummarySentence;

/**
 * Cited summaries, extractive: the sources' own sentences chosen by {@link SentencePicker}, then
 * each place where the sources differ said by {@link FactSentences}. A storyline's summary walks
 * its events in time order, taking fewer sentences per event the more events it has, and never
 * repeats a sentence already said for an earlier event. Nothing is stated that no source states.
 */
final class Summaries {
    /** Sentences of an event's own summary. */
    static final int EVENT_SENTENCES = 3;
    /** Sentences a storyline's summary spends on all its events together, at least one each. */
    static final int STORYLINE_SENTENCES = 4;

    private Summaries() {}

    static List<SummarySentence> ofEvent(EventDraft e, List<Fact> facts, SentencePicker picker,
            Map<String, Article> articles) {
        List<SummarySentence> out = new ArrayList<>(picker.pick(e.articles(), facts, new ArrayList<>(), EVENT_SENTENCES));
        out.addAll(differences(facts, articles));
        return out;
    }

    static List<SummarySentence> ofStoryline(List<EventDraft> events, Map<String, List<Fact>> facts,
            SentencePicker picker, Map<String, Article> articles) {
        int each = Math.max(1, STORYLINE_SENTENCES / events.size());
        List<Set<String>> chosen = new ArrayList<>();
        List<SummarySentence> out = new ArrayList<>();
        for (EventDraft e : events) {
            List<Fact> eventFacts = facts.getOrDefault(e.id(), List.of());
            out.addAll(picker.pick(e.articles(), eventFacts, chosen, each));
            out.addAll(differences(eventFacts, articles));
        }
        return out;
    }

    private static List<SummarySentence> differences(List<Fact> facts, Map<String, Article> articles) {
        List<SummarySentence> out = new ArrayList<>();
        for (Fact f : facts) FactSentences.of(f, articles).ifPresent(out::add);
        return out;
    }
}
