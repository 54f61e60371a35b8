package org.dossier.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.Token;
import org.dossier.event.EventAnalysis;
import org.dossier.event.EventDraft;
import org.dossier.event.Words;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;
import org.dossier.model.SummarySentence;

/**
 * A storyline's short summary, extractive: for each event in time order the lead sentence of its
 * first report, skipping sentences that repeat one already chosen, then each conflict and headline
 * mismatch said as such, citing the sources' own words. Nothing is stated that no source states.
 */
final class Summaries {
    private static final int MIN_LEAD_TOKENS = 8;
    private static final double REDUNDANT = 0.5;

    private Summaries() {}

    static List<SummarySentence> of(List<EventDraft> events, EventAnalysis analysis, Map<String, List<Fact>> facts) {
        List<SummarySentence> out = new ArrayList<>();
        List<Set<String>> chosen = new ArrayList<>();
        for (EventDraft e : events) {
            Central best = central(e, analysis);
            if (best != null && chosen.stream().noneMatch(c -> overlap(c, best.stems()) >= REDUNDANT)) {
                chosen.add(best.stems());
                Article a = analysis.articles().get(best.article()).article();
                out.add(new SummarySentence(a.text().substring(best.span().start(), best.span().end()).strip(),
                        List.of(new Citation(best.article(), best.span()))));
            }
            for (Fact f : facts.getOrDefault(e.id(), List.of())) {
                if (f.status().equals("conflict")) out.add(said("Sources conflict on " + f.statement() + ": ", f));
                if (f.status().equals("headline_mismatch")) out.add(said("A headline and its own body differ on " + f.statement() + ": ", f));
            }
        }
        return out;
    }

    private static SummarySentence said(String opening, Fact f) {
        List<String> parts = new ArrayList<>();
        List<Citation> sources = new ArrayList<>();
        for (FactValue v : f.values()) {
            parts.add("\"" + v.value() + "\"");
            sources.addAll(v.sources());
        }
        return new SummarySentence(opening + String.join(" vs ", parts) + ".", sources);
    }

    /**
     * The event's most central lead sentence: of the first sentences of its articles, the one
     * sharing most words with the other articles' first sentences (what the sources agree the
     * news is), so a photo caption or an aside in one source does not speak for the event.
     */
    private static Central central(EventDraft e, EventAnalysis analysis) {
        List<Central> candidates = new ArrayList<>();
        for (String id : e.articles()) {
            int taken = 0;
            for (TaggedSentence s : LightTagger.tag(analysis.articles().get(id).article().text()).sentences()) {
                if (s.index() == 0 || !substantial(s, analysis.articles().get(id).article().text())) continue;
                candidates.add(new Central(id, s.span(), stems(s)));
                if (++taken == 2) break;
            }
        }
        Central best = null;
        double bestScore = -1;
        for (Central c : candidates) {
            double score = 0;
            for (Central o : candidates) if (!o.article().equals(c.article())) score += overlap(c.stems(), o.stems());
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** A sentence of a report, not a caption fragment or a credit line: long enough, properly ended. */
    private static boolean substantial(TaggedSentence s, String text) {
        String words = text.substring(s.span().start(), s.span().end()).strip();
        return s.tokens().size() >= MIN_LEAD_TOKENS && words.matches("(?s).*[.!?\"”’]$");
    }

    private record Central(String article, org.dossier.text.Span span, Set<String> stems) {}

    /** The first substantial sentence after the headline. */
    static TaggedSentence leadSentence(Article a) {
        List<TaggedSentence> ss = LightTagger.tag(a.text()).sentences();
        for (int i = 1; i < ss.size(); i++) if (ss.get(i).tokens().size() >= MIN_LEAD_TOKENS) return ss.get(i);
        return ss.isEmpty() ? null : ss.get(0);
    }

    private static Set<String> stems(TaggedSentence s) {
        Set<String> out = new HashSet<>();
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (Character.isLetterOrDigit(w.charAt(0)) && !Words.isStop(w)) out.add(Words.stem(w));
        }
        return out;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / (double) Math.max(1, Math.min(a.size(), b.size()));
    }
}
