package org.dossier.eval.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.eval.events.EventsScorer;
import org.dossier.eval.events.GoldEvents;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.DossierReport;
import org.dossier.model.Event;
import org.dossier.model.SummarySentence;

/**
 * Scores event summaries against the gold facts. A summary sentence <em>states</em> a gold value
 * when it cites words overlapping the value's surface in the same article and repeats the words it
 * cites, so a citation alone (a backing sentence of another article) earns nothing. Coverage is the
 * share of gold facts with a value stated; a disagreement (conflict, update, headline mismatch) is
 * told when two of its distinct gold values are stated; a sentence is faithful when every citation lies
 * inside its article, it is its first citation's words verbatim or repeats every cited span, its
 * other citations share words with it, and every figure it gives appears in a cited span.
 */
final class SummaryScorer {
    private static final Set<String> DISAGREEMENTS = Set.of("conflict", "updated", "headline_mismatch");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    /** Share of long words a backing citation and the sentence must share (either way) to say the same. */
    private static final double BACKING = 0.3;

    private SummaryScorer() {}

    record Scores(int facts, int covered, int disagreements, int told, int sentences, int faithful, int words,
            int summaries, List<String> misses) {
        double coverage() {
            return facts == 0 ? 1 : covered / (double) facts;
        }

        double disagreementsTold() {
            return disagreements == 0 ? 1 : told / (double) disagreements;
        }

        double faithfulness() {
            return sentences == 0 ? 1 : faithful / (double) sentences;
        }

        double wordsPerSummary() {
            return summaries == 0 ? 0 : words / (double) summaries;
        }
    }

    /** Scores the summaries {@code summaryOf} gives each predicted event of {@code report}. */
    static Scores score(GoldEvents gold, DossierReport report, Map<String, List<SummarySentence>> summaryOf) {
        Map<String, Article> byGoldId = EventsScorer.match(gold, report);
        Map<String, Article> byId = new HashMap<>();
        for (Article a : report.articles()) byId.put(a.id(), a);
        Map<String, String> predictedEvent = new HashMap<>();
        for (Event e : report.events()) for (String a : e.articles()) predictedEvent.put(a, e.id());
        Map<String, String> goldEvent = gold.eventOf();
        int facts = 0, covered = 0, disagreements = 0, told = 0;
        List<String> misses = new ArrayList<>();
        for (GoldEvents.GoldFact f : gold.facts()) {
            String event = majority(f.event(), goldEvent, byGoldId, predictedEvent);
            List<SummarySentence> summary = event == null ? List.of() : summaryOf.getOrDefault(event, List.of());
            Set<String> stated = new HashSet<>();
            for (GoldEvents.GoldFact.Value v : f.values()) {
                Article a = byGoldId.get(v.article());
                if (a != null && states(summary, a, v.surface(), byId)) stated.add(v.value().toLowerCase(Locale.ROOT));
            }
            facts++;
            if (!stated.isEmpty()) covered++;
            else misses.add("not covered: " + f.event() + " '" + f.slot() + "'");
            if (DISAGREEMENTS.contains(f.status())) {
                disagreements++;
                if (stated.size() >= 2) told++;
                else misses.add("not told: " + f.status() + " " + f.event() + " '" + f.slot() + "'");
            }
        }
        int sentences = 0, faithful = 0, words = 0;
        for (List<SummarySentence> summary : summaryOf.values()) {
            for (SummarySentence s : summary) {
                sentences++;
                words += s.sentence().split("\\s+").length;
                if (faithful(s, byId)) faithful++;
                else misses.add("unfaithful: " + s.sentence());
            }
        }
        return new Scores(facts, covered, disagreements, told, sentences, faithful, words, summaryOf.size(), misses);
    }

    /** The predicted event holding most of the gold event's articles. */
    private static String majority(String gold, Map<String, String> goldEvent, Map<String, Article> byGoldId,
            Map<String, String> predictedEvent) {
        Map<String, Integer> votes = new HashMap<>();
        goldEvent.forEach((article, event) -> {
            if (gold.equals(event) && byGoldId.containsKey(article)) {
                String p = predictedEvent.get(byGoldId.get(article).id());
                if (p != null) votes.merge(p, 1, Integer::sum);
            }
        });
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Whether a sentence cites words overlapping the surface (in the text, else in the headline) and repeats them. */
    private static boolean states(List<SummarySentence> summary, Article a, String surface, Map<String, Article> byId) {
        boolean inText = a.text().contains(surface);
        String field = inText ? a.text() : a.title() == null ? "" : a.title();
        int at = field.indexOf(surface);
        if (at < 0) return false;
        int end = at + surface.length();
        for (SummarySentence s : summary) {
            for (Citation c : s.sources()) {
                if (c.article().equals(a.id()) && c.inTitle() != inText && c.span().start() < end && at < c.span().end()
                        && repeats(s.sentence(), cited(c, byId))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean faithful(SummarySentence s, Map<String, Article> byId) {
        if (s.sources().isEmpty()) return false;
        List<String> cited = new ArrayList<>();
        for (Citation c : s.sources()) {
            String text = cited(c, byId);
            if (text == null) return false;
            cited.add(text);
        }
        boolean verbatim = s.sentence().strip().equals(cited.get(0).strip());
        if (verbatim) {
            for (int i = 1; i < cited.size(); i++) {
                if (Math.max(shared(cited.get(i), s.sentence()), shared(s.sentence(), cited.get(i))) < BACKING) return false;
            }
        } else {
            for (String c : cited) if (!repeats(s.sentence(), c)) return false;
        }
        Matcher m = FIGURE.matcher(s.sentence());
        while (m.find()) {
            String figure = m.group();
            if (cited.stream().noneMatch(c -> c.contains(figure))) return false;
        }
        return true;
    }

    private static boolean repeats(String sentence, String cited) {
        return cited != null && sentence.toLowerCase(Locale.ROOT).contains(cited.strip().toLowerCase(Locale.ROOT));
    }

    /** Share of {@code a}'s long words that {@code b} holds too. */
    private static double shared(String a, String b) {
        Set<String> words = words(a);
        Set<String> other = words(b);
        if (words.isEmpty()) return 0;
        int n = 0;
        for (String w : words) if (other.contains(w)) n++;
        return n / (double) words.size();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The cited words (of the text, or of the headline), or null when the citation does not resolve. */
    private static String cited(Citation c, Map<String, Article> byId) {
        Article a = byId.get(c.article());
        String field = a == null ? null : c.inTitle() ? a.title() : a.text();
        if (field == null || c.span().start() < 0 || c.span().end() > field.length() || c.span().start() >= c.span().end()) {
            return null;
        }
        return field.substring(c.span().start(), c.span().end());
    }
}
