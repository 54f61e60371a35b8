package org.dossier.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dossier.model.Citation;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;

/**
 * Compares the claims of one slot across the independent sources of an event and says how they
 * relate. Each canonical article is one source (its copies are cited with it, never counted).
 * Order of the tests matters: equal values agree; values that changed between reports dated on
 * different days were updated (a death toll rising); overlapping values are compatible; anything
 * else is a conflict.
 */
public final class FactReconciler {
    private FactReconciler() {}

    /** The fact for one slot, from the first body claim of each article. */
    public static Fact acrossSources(String statement, List<Claim> claims, Function<Claim, List<Citation>> cite) {
        Map<String, Claim> perArticle = new LinkedHashMap<>();
        for (Claim c : claims) if (!c.inHeadline()) perArticle.putIfAbsent(c.article(), c);
        List<Claim> sources = new ArrayList<>(perArticle.values());
        sources.sort((a, b) -> Objects.compare(a.reported(), b.reported(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return new Fact(statement, status(sources), values(sources, cite));
    }

    static String status(List<Claim> sources) {
        if (sources.size() < 2) return "single";
        Claim first = sources.get(0);
        boolean allEqual = sources.stream().allMatch(c -> Values.equal(c.quantity(), first.quantity()));
        if (allEqual) return "agree";
        List<Claim> dated = sources.stream().filter(c -> c.reported() != null).toList();
        if (dated.size() >= 2) {
            Claim earliest = dated.get(0);
            Claim latest = dated.get(dated.size() - 1);
            boolean undatedFit = sources.stream().filter(c -> c.reported() == null)
                    .allMatch(c -> dated.stream().anyMatch(d -> Values.overlap(c.quantity(), d.quantity())));
            if (latest.reported().isAfter(earliest.reported()) && !Values.equal(earliest.quantity(), latest.quantity())
                    && sameDayValuesAgree(dated) && undatedFit) {
                return "updated";
            }
        }
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                if (!Values.overlap(sources.get(i).quantity(), sources.get(j).quantity())) return "conflict";
            }
        }
        return "compatible";
    }

    /** An update changes a figure over time; two reports of one day that disagree are a conflict. */
    private static boolean sameDayValuesAgree(List<Claim> sources) {
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                Claim a = sources.get(i);
                Claim b = sources.get(j);
                if (Objects.equals(a.reported(), b.reported()) && !Values.overlap(a.quantity(), b.quantity())) return false;
            }
        }
        return true;
    }

    /** A headline whose figure its own body contradicts, or null when they fit together. */
    public static Fact headlineMismatch(String statement, Claim headline, Claim body, Function<Claim, List<Citation>> cite) {
        if (Values.overlap(headline.quantity(), body.quantity())) return null;
        return new Fact(statement, "headline_mismatch", values(List.of(headline, body), cite));
    }

    private static List<FactValue> values(List<Claim> claims, Function<Claim, List<Citation>> cite) {
        List<FactValue> out = new ArrayList<>();
        for (Claim c : claims) out.add(new FactValue(c.quantity().text(), Values.normalized(c.quantity()), cite.apply(c)));
        return out;
    }
}
