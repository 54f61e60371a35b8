package org.dossier.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.model.Citation;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;

/**
 * Compares the claims of one slot across the independent sources of an event and says how they
 * relate. Each canonical article is one source (its copies are cited with it, never counted); a
 * source may state several values (a wire story giving the union's figure and the company's).
 * Order of the tests matters: one source is {@code single}; equal values {@code agree}; two
 * values that one source gives side by side {@code conflict}; overlapping values are
 * {@code compatible} (different precision); values that cannot all be true were {@code updated}
 * where a report marks its figure as revised ("rose to", "still"), else they {@code conflict}.
 */
public final class FactReconciler {
    private FactReconciler() {}

    /** The fact for one slot, from the body claims of each article. */
    public static Fact acrossSources(String statement, List<Claim> claims, Function<Claim, List<Citation>> cite) {
        Map<String, List<Claim>> perArticle = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.inHeadline()) continue;
            List<Claim> own = perArticle.computeIfAbsent(c.article(), k -> new ArrayList<>());
            if (own.stream().noneMatch(o -> Values.equal(o.quantity(), c.quantity()))) own.add(c);
        }
        List<Claim> body = new ArrayList<>();
        perArticle.values().forEach(body::addAll);
        body.sort(Comparator.comparing(Claim::reported, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Fact(statement, status(perArticle, body), values(body, cite));
    }

    static String status(Map<String, List<Claim>> perArticle, List<Claim> body) {
        if (perArticle.size() < 2) return "single";
        Claim first = body.get(0);
        if (body.stream().allMatch(c -> Values.equal(c.quantity(), first.quantity()))) return "agree";
        for (List<Claim> own : perArticle.values()) if (!allOverlap(own)) return "conflict";
        if (allOverlap(body)) return "compatible";
        return updated(body) ? "updated" : "conflict";
    }

    /**
     * A report marks the figure as revised ("rose to", "still", "less than in the preliminary
     * count") and the figures differ, while no two reports given on the same day disagree. Most
     * reports carry no date of their own, so the words, not the dates, say which figure is newer.
     */
    private static boolean updated(List<Claim> body) {
        if (body.stream().noneMatch(Claim::revision)) return false;
        for (Claim a : body) {
            for (Claim b : body) {
                if (a.reported() != null && a.reported().equals(b.reported()) && !Values.overlap(a.quantity(), b.quantity())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean allOverlap(List<Claim> claims) {
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                if (!Values.overlap(claims.get(i).quantity(), claims.get(j).quantity())) return false;
            }
        }
        return true;
    }

    /** A headline whose figure its own body contradicts, or null when they fit together. */
    public static Fact headlineMismatch(String statement, Claim headline, List<Claim> body, Function<Claim, List<Citation>> cite) {
        if (body.isEmpty() || body.stream().anyMatch(b -> Values.overlap(headline.quantity(), b.quantity()))) return null;
        List<Claim> both = new ArrayList<>();
        both.add(headline);
        both.add(body.get(0));
        return new Fact(statement, "headline_mismatch", values(both, cite));
    }

    /** One value per claim: each source's own words, cited with the same words in its copies. */
    private static List<FactValue> values(List<Claim> claims, Function<Claim, List<Citation>> cite) {
        List<FactValue> out = new ArrayList<>();
        for (Claim c : claims) out.add(new FactValue(c.quantity().text(), Values.normalized(c.quantity()), cite.apply(c)));
        return out;
    }
}
