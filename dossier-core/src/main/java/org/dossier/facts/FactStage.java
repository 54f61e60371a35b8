package org.dossier.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            Set<String> surnames = new HashSet<>();
            for (String id : e.articles()) surnames.addAll(ClaimExtractor.surnames(analysis.articles().get(id)));
            List<Claim> extracted = new ArrayList<>();
            for (String id : e.articles()) {
                extracted.addAll(ClaimExtractor.extract(analysis.articles().get(id), analysis.times().get(id), e.date(), surnames));
            }
            Map<String, List<Claim>> slots = SlotAligner.align(extracted);
            List<Fact> facts = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            slots.values().forEach(claims::addAll);
            for (List<Claim> slot : slots.values()) {
                if (slot.stream().anyMatch(c -> !c.inHeadline())) {
                    facts.add(FactReconciler.acrossSources(SlotLabel.of(slot, surnames), slot, c -> cite(c, copies, byId)));
                }
            }
            for (Claim h : claims) {
                if (!h.inHeadline()) continue;
                List<Claim> body = claims.stream().filter(b -> !b.inHeadline() && b.article().equals(h.article()) && sameSlot(h, b)).toList();
                Fact mismatch = FactReconciler.headlineMismatch(SlotLabel.of(body.isEmpty() ? List.of(h) : body, surnames), h, body,
                        c -> cite(c, copies, byId));
                if (mismatch != null) facts.add(mismatch);
            }
            facts.addAll(NamedPeople.facts(e, analysis, c -> cite(c, copies, byId)));
            out.put(e.id(), facts);
        }
        return out;
    }

    /**
     * A headline figure matches body figures of its slot; one that leaves out what it counts,
     * body figures of the same action; one that names no action, body figures of the same thing.
     */
    static boolean sameSlot(Claim headline, Claim body) {
        Slot h = headline.slot();
        Slot b = body.slot();
        if (h.equals(b)) return true;
        if (!h.holder().equals(b.holder())) return false;
        if (!h.counts()) return h.hasAction() && h.action().equals(b.action());
        return h.what().equals(b.what()) && (!h.hasAction() || !b.hasAction());
    }

    /** The claim's words in its article, and the same words in each copy of that article. */
    static List<Citation> cite(Claim c, Deduplication copies, Map<String, Article> byId) {
        if (c.field() != null) {
            List<Citation> out = new ArrayList<>();
            out.add(new Citation(c.article(), c.quantity().span(), c.field()));
            return out;
        }
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
