package org.dossier.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.dedup.Deduplication;
import org.dossier.event.EventAnalysis;
import org.dossier.event.EventDraft;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.Fact;
import org.dossier.text.Span;

/**
 * The facts stage: per event, the claims of its canonical articles aligned into slots and
 * reconciled, plus a headline-mismatch fact for every headline its own body contradicts, plus the
 * people each event names as affected by its main action. Every value cites its article and span,
 * and the same words in the article's copies.
 */
public final class FactStage {
    private FactStage() {}

    public static Map<String, List<Fact>> run(EventAnalysis analysis, Deduplication copies, List<Article> all) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : all) byId.put(a.id(), a);
        Map<String, List<Fact>> out = new LinkedHashMap<>();
        for (EventDraft e : analysis.events()) {
            List<Claim> extracted = new ArrayList<>();
            for (String id : e.articles()) {
                extracted.addAll(ClaimExtractor.extract(analysis.articles().get(id), analysis.times().get(id), e.date()));
            }
            Map<String, List<Claim>> slots = SlotAligner.align(extracted);
            List<Fact> facts = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            slots.values().forEach(claims::addAll);
            for (Map.Entry<String, List<Claim>> slot : slots.entrySet()) {
                if (slot.getValue().stream().anyMatch(c -> !c.inHeadline())) {
                    facts.add(FactReconciler.acrossSources(statement(slot.getValue().get(0)), slot.getValue(), c -> cite(c, copies, byId)));
                }
            }
            for (Claim h : claims) {
                if (!h.inHeadline()) continue;
                claims.stream().filter(b -> !b.inHeadline() && b.article().equals(h.article()) && sameSlot(h, b)).findFirst()
                        .map(b -> FactReconciler.headlineMismatch(statement(b), h, b, c -> cite(c, copies, byId)))
                        .ifPresent(facts::add);
            }
            facts.addAll(NamedPeople.facts(e, analysis, c -> cite(c, copies, byId)));
            out.put(e.id(), facts);
        }
        return out;
    }

    /** A headline figure that leaves out what it counts matches body figures of the same action. */
    static boolean sameSlot(Claim headline, Claim body) {
        if (headline.slot().equals(body.slot())) return true;
        String action = headline.slot().substring(headline.slot().indexOf('|') + 1);
        return headline.slot().startsWith(ClaimExtractor.UNSTATED + "|") && !action.isEmpty()
                && body.slot().endsWith("|" + action);
    }

    /** "number: people (death)": what the claim counts and the action that governs it. */
    static String statement(Claim c) {
        String slot = c.slot();
        String action = slot.substring(slot.indexOf('|') + 1);
        String what = c.quantity().counted() != null ? c.quantity().counted()
                : c.quantity().unit() != null ? c.quantity().unit() : "figure";
        return action.isEmpty() ? "number: " + what : "number: " + what + " (" + action + ")";
    }

    /** The claim's words in its article, and the same words in each copy of that article. */
    static List<Citation> cite(Claim c, Deduplication copies, Map<String, Article> byId) {
        return cite(c.article(), c.quantity().span(), copies, byId);
    }

    static List<Citation> cite(String article, Span span, Deduplication copies, Map<String, Article> byId) {
        List<Citation> out = new ArrayList<>();
        out.add(new Citation(article, span));
        Article source = byId.get(article);
        if (source == null) return out;
        String words = source.text().substring(span.start(), span.end());
        for (String copy : copies.copiesOf(article)) {
            Article a = byId.get(copy);
            if (a == null || copy.equals(article)) continue;
            int at = a.text().indexOf(words);
            if (at >= 0) out.add(new Citation(copy, new Span(at, at + words.length())));
        }
        return out;
    }
}
