package org.dossier.eval.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.QuoteMention;
import org.dossier.annotate.resolve.NameKey;
import org.dossier.annotate.resolve.PersonName;
import org.dossier.annotate.resolve.ResolvedEntities;
import org.dossier.eval.annotate.GoldCorpus.GoldQuantity;
import org.dossier.eval.annotate.GoldCorpus.GoldQuote;

/** Counts of what the annotate stage got right on one gold corpus. */
record AnnotateScores(int quoteCorrect, int quoteTotal, int directCorrect, int directTotal, int nonSpeechAttributed,
        int nonSpeechTotal, int personsFound, int personsTotal, int samePairsOk, int samePairsTotal, int apartOk,
        int apartTotal, int quantitiesOk, int quantitiesTotal, List<String> misses) {

    static AnnotateScores score(GoldCorpus gold, List<AnnotatedArticle> annotated, ResolvedEntities resolved) {
        List<String> misses = new ArrayList<>();
        int qc = 0, qt = 0, dc = 0, dt = 0, ns = 0, nt = 0;
        for (GoldQuote g : gold.quotes()) {
            QuoteMention found = find(annotated, g);
            boolean attributed = found != null && found.speaker() != null;
            if (!g.isSpeech()) {
                nt++;
                if (attributed) {
                    ns++;
                    misses.add("non-speech attributed: " + g + " -> " + found.speaker());
                }
                continue;
            }
            boolean right = attributed && sameSurname(found.speaker(), g.speaker());
            qt++;
            if (right) qc++;
            else misses.add("speaker: " + g + " -> " + (found == null ? "no quote" : found.speaker()));
            if (g.kind().equals("direct")) {
                dt++;
                if (right) dc++;
            }
        }
        int pf = 0;
        for (String p : gold.persons()) {
            if (foundAsPerson(annotated, p)) pf++;
            else misses.add("person not found: " + p);
        }
        int so = 0, st = 0;
        for (List<String> group : gold.same()) {
            for (int i = 1; i < group.size(); i++) {
                st++;
                String a = idOf(annotated, resolved, group.get(0));
                if (a != null && a.equals(idOf(annotated, resolved, group.get(i)))) so++;
                else misses.add("not one entity: " + group.get(0) + " / " + group.get(i));
            }
        }
        int ao = 0;
        for (List<String> pair : gold.apart()) {
            String a = idOf(annotated, resolved, pair.get(0));
            String b = idOf(annotated, resolved, pair.get(1));
            if (a != null && b != null && !a.equals(b)) ao++;
            else misses.add("merged or missing: " + pair);
        }
        int qo = 0;
        for (GoldQuantity g : gold.quantities()) {
            if (found(annotated, g)) qo++;
            else misses.add("quantity: " + g);
        }
        return new AnnotateScores(qc, qt, dc, dt, ns, nt, pf, gold.persons().size(), so, st, ao, gold.apart().size(),
                qo, gold.quantities().size(), misses);
    }

    private static QuoteMention find(List<AnnotatedArticle> annotated, GoldQuote g) {
        for (AnnotatedArticle a : annotated) {
            if (!a.article().id().equals(g.article())) continue;
            for (QuoteMention q : a.quotes()) {
                if (g.offset() >= 0 ? q.span().start() == g.offset() : q.text().startsWith(g.prefix())) return q;
            }
        }
        return null;
    }

    static boolean sameSurname(String speaker, String surname) {
        return NameKey.surname(PersonName.parse(speaker).surname()).equals(NameKey.surname(surname));
    }

    private static boolean foundAsPerson(List<AnnotatedArticle> annotated, String name) {
        for (AnnotatedArticle a : annotated) {
            for (EntityMention m : a.entities()) {
                if (m.type() == EntityType.PERSON && PersonName.parse(m.text()).display().equals(name)) return true;
            }
        }
        return false;
    }

    private static String idOf(List<AnnotatedArticle> annotated, ResolvedEntities resolved, String name) {
        for (AnnotatedArticle a : annotated) {
            for (EntityMention m : a.entities()) {
                if (m.text().replaceAll("['’]s?$", "").equals(name)) return resolved.idOf(a.article().id(), m.span());
            }
        }
        return null;
    }

    private static boolean found(List<AnnotatedArticle> annotated, GoldQuantity g) {
        for (AnnotatedArticle a : annotated) {
            if (!a.article().id().equals(g.article())) continue;
            for (QuantityMention q : a.quantities()) {
                if (Math.abs(q.value() - g.value()) <= 1e-6 * Math.max(1, g.value())
                        && q.approximation().name().equals(g.approximation()) && Objects.equals(q.unit(), g.unit())
                        && (g.counted() == null || g.counted().equals(q.counted() == null ? null
                        : q.counted().toLowerCase(Locale.ROOT)))) return true;
            }
        }
        return false;
    }

    static double ratio(int ok, int total) {
        return total == 0 ? 1.0 : (double) ok / total;
    }
}
