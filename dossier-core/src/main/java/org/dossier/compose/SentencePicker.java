package org.dossier.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.NumberWords;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;
import org.dossier.model.SummarySentence;
import org.dossier.text.Span;

/**
 * Chooses an event's summary sentences from its articles' own sentences by maximal marginal
 * relevance: each round takes the candidate whose relevance, less its likeness to what is already
 * chosen, is highest. Relevance is what the sources agree the news is (a sentence's words found in
 * the other articles), where it stands (leads carry the news), the figures it gives, and the
 * checked facts it states that no chosen sentence states yet. Each chosen sentence cites its own words and the sentences of
 * other articles that say the same.
 */
final class SentencePicker {
    /** Likeness to a chosen sentence above which a candidate only repeats it. */
    static final double REDUNDANT = 0.4;
    /** Likeness above which another article's sentence backs a chosen one. */
    private static final double CORROBORATES = 0.5;
    private static final double W_CENTRAL = 0.3;
    private static final double W_POSITION = 0.45;
    private static final double W_FACTS = 0.2;
    private static final double W_REDUNDANCY = 0.7;
    /** Figures are what readers check first in developing news: tolls, counts, amounts. */
    private static final double W_FIGURES = 0.15;

    private final Map<String, Article> articles;
    private final Map<String, List<Sentence>> sentences = new HashMap<>();

    SentencePicker(Map<String, Article> articles) {
        this.articles = articles;
    }

    /** A sentence of an article: its span, its stems, whether it may stand in a summary, and its rank among those that may. */
    record Sentence(String article, Span span, Set<String> stems, boolean usable, int rank, int figures) {}

    /**
     * Up to {@code limit} sentences from {@code ids}' articles, none repeating {@code chosen} (the
     * stems of sentences already in the summary, extended with each pick).
     */
    List<SummarySentence> pick(List<String> ids, List<Fact> facts, List<Set<String>> chosen, int limit) {
        List<Sentence> candidates = new ArrayList<>();
        for (String id : ids) for (Sentence s : sentences(id)) if (s.usable()) candidates.add(s);
        Map<Sentence, Double> relevance = new HashMap<>();
        for (Sentence c : candidates) {
            relevance.put(c, W_CENTRAL * centrality(c, ids) + W_POSITION / (1 + c.rank()) + W_FIGURES * Math.min(2, c.figures()) / 2);
        }
        List<Sentence> picked = new ArrayList<>();
        List<FactValue> covered = new ArrayList<>();
        while (picked.size() < limit) {
            Sentence best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Sentence c : candidates) {
                if (picked.contains(c)) continue;
                double likeness = chosen.stream().mapToDouble(s -> Stems.repeated(c.stems(), s)).max().orElse(0);
                if (likeness >= REDUNDANT) continue;
                double score = relevance.get(c) + W_FACTS * Math.min(1, newFacts(c, facts, covered) / 2.0)
                        - W_REDUNDANCY * likeness;
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            if (best == null) break;
            picked.add(best);
            chosen.add(best.stems());
            covered.addAll(stated(best, facts));
        }
        picked.sort(Comparator.comparing((Sentence s) -> published(s.article()))
                .thenComparing(s -> articles.get(s.article()).publishedInferred())
                .thenComparing(s -> s.span().start()));
        return picked.stream().map(s -> new SummarySentence(text(s), backing(s, ids))).toList();
    }

    /** Mean over the other articles of the best likeness of one of their sentences. */
    private double centrality(Sentence c, List<String> ids) {
        double sum = 0;
        int others = 0;
        for (String id : ids) {
            if (id.equals(c.article())) continue;
            others++;
            sum += sentences(id).stream().mapToDouble(o -> Stems.likeness(c.stems(), o.stems())).max().orElse(0);
        }
        return others == 0 ? 0 : sum / others;
    }

    private static int newFacts(Sentence c, List<Fact> facts, List<FactValue> covered) {
        int n = 0;
        for (FactValue v : stated(c, facts)) if (!covered.contains(v)) n++;
        return n;
    }

    /** The fact values whose cited words lie inside the sentence. */
    private static List<FactValue> stated(Sentence c, List<Fact> facts) {
        List<FactValue> out = new ArrayList<>();
        for (Fact f : facts) {
            for (FactValue v : f.values()) {
                for (Citation cite : v.sources()) {
                    if (cite.article().equals(c.article()) && !cite.inTitle() && cite.span().start() >= c.span().start()
                            && cite.span().end() <= c.span().end()) {
                        out.add(v);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The sentence's own words first, then the closest statement of each other article that says the same. */
    private List<Citation> backing(Sentence s, List<String> ids) {
        List<Citation> out = new ArrayList<>(List.of(new Citation(s.article(), s.span())));
        for (String id : ids) {
            if (id.equals(s.article())) continue;
            sentences(id).stream().filter(o -> o.usable() && Stems.likeness(s.stems(), o.stems()) >= CORROBORATES)
                    .max(Comparator.comparingDouble(o -> Stems.likeness(s.stems(), o.stems())))
                    .ifPresent(o -> out.add(new Citation(id, o.span())));
        }
        return out;
    }

    private String text(Sentence s) {
        return articles.get(s.article()).text().substring(s.span().start(), s.span().end());
    }

    private java.time.LocalDate published(String id) {
        java.time.LocalDate d = articles.get(id).published();
        return d == null ? java.time.LocalDate.MAX : d;
    }

    /** Every sentence of an article but its headline (when the text repeats it), tagged once per report. */
    List<Sentence> sentences(String id) {
        return sentences.computeIfAbsent(id, k -> {
            String text = articles.get(k).text();
            String title = articles.get(k).title() == null ? "" : articles.get(k).title().strip();
            List<Sentence> out = new ArrayList<>();
            int rank = 0;
            for (TaggedSentence s : LightTagger.tag(text).sentences()) {
                if (text.substring(s.span().start(), s.span().end()).strip().equalsIgnoreCase(title)) continue;
                Span usable = SentenceShapes.statement(s, text);
                int figures = (int) s.tokens().stream().filter(t -> t.pos().equals("CD") && !t.ner().equals("DATE")
                        && !NumberWords.looksLikeYear(t.word())).count();
                out.add(new Sentence(k, usable != null ? usable : s.span(), Stems.of(s.tokens()), usable != null,
                        usable != null ? rank++ : -1, figures));
            }
            return out;
        });
    }
}
