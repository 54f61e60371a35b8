package org.dossier.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.annotate.rules.NumberWords;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;
import org.dossier.model.SummarySentence;

/**
 * Says in words what the fact table found where sources do not simply agree: a conflict as a
 * conflict ("Sources differ on ...: 4,000 (A, B) vs 3,500 (C)."), an update as a sequence ("First
 * reports put ... at 3 (A); later reports put it at 8 (B)."), a headline its own text contradicts.
 * The sentences are built only from the values as the sources wrote them, the outlets' names and
 * fixed connecting words, and cite every value they repeat, so they state nothing no source states.
 */
final class FactSentences {
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "more", "over", "nearly", "almost",
            "some", "roughly", "approximately", "at", "up", "fewer", "less", "under", "just", "only", "dozens",
            "hundreds", "thousands", "several", "a", "an");

    /** Words of a headline shown where a source has no outlet name. */
    private static final int HEADLINE_WORDS = 6;

    private FactSentences() {}

    /** The sentence for a fact whose sources differ, if its status is one that needs saying. */
    static Optional<SummarySentence> of(Fact f, Map<String, Article> articles) {
        List<Said> values = merged(f, articles);
        if (values.size() < 2) return Optional.empty();
        return switch (f.status()) {
            case "conflict" -> Optional.of(conflict(f, values));
            case "updated" -> Optional.of(updated(f, values, articles));
            case "headline_mismatch" -> headline(f, values);
            default -> Optional.empty();
        };
    }

    private static SummarySentence conflict(Fact f, List<Said> values) {
        List<String> parts = new ArrayList<>();
        for (Said v : values) parts.add(v.text() + " (" + String.join(", ", v.outlets()) + ")");
        return new SummarySentence("Sources differ on " + f.statement() + ": " + String.join(" vs ", parts) + ".",
                cited(values));
    }

    private static SummarySentence updated(Fact f, List<Said> values, Map<String, Article> articles) {
        List<Said> inOrder = new ArrayList<>(values);
        inOrder.sort(Comparator.comparing((Said v) -> v.first(articles), Comparator.nullsLast(Comparator.naturalOrder())));
        StringBuilder s = new StringBuilder("First reports put " + f.statement() + " at " + described(inOrder.get(0)));
        s.append("; later reports put it at ").append(described(inOrder.get(1)));
        for (int i = 2; i < inOrder.size(); i++) s.append(", then ").append(described(inOrder.get(i)));
        return new SummarySentence(s.append('.').toString(), cited(inOrder));
    }

    /** A headline value and a body value of one article, in that order (the fact table's order). */
    private static Optional<SummarySentence> headline(Fact f, List<Said> values) {
        Said head = values.get(0);
        Said body = values.get(1);
        String outlet = String.join(", ", head.outlets());
        return Optional.of(new SummarySentence("A headline (" + outlet + ") says \u201c" + head.text()
                + "\u201d on " + f.statement() + ", but its own text says " + body.text() + ".", cited(List.of(head, body))));
    }

    private static String described(Said v) {
        return v.text() + " (" + String.join(", ", v.outlets()) + ")";
    }

    private static List<Citation> cited(List<Said> values) {
        List<Citation> out = new ArrayList<>();
        for (Said v : values) for (Citation c : v.sources()) if (!out.contains(c)) out.add(c);
        return out;
    }

    /**
     * Values that are one normalized value are said once, with all their sources; their different
     * wordings are all given ("14 people / fourteen people"), so every cited span is repeated.
     */
    private static List<Said> merged(Fact f, Map<String, Article> articles) {
        Map<String, Said> out = new LinkedHashMap<>();
        for (FactValue v : f.values()) {
            String key = v.normalized() != null ? v.normalized() : v.value().toLowerCase(Locale.ROOT);
            Said before = out.get(key);
            List<Citation> sources = new ArrayList<>(before == null ? List.of() : before.sources());
            sources.addAll(v.sources());
            Set<String> outlets = new LinkedHashSet<>(before == null ? List.of() : before.outlets());
            for (Citation c : v.sources()) outlets.add(name(articles.get(c.article())));
            String words = inSentence(words(v, articles));
            String said = before == null ? words
                    : List.of(before.text().toLowerCase(Locale.ROOT).split(" / ")).contains(words.toLowerCase(Locale.ROOT))
                            ? before.text() : before.text() + " / " + words;
            out.put(key, new Said(said, List.copyOf(outlets), sources));
        }
        return new ArrayList<>(out.values());
    }

    /** The value in its first source's own words (the cited span), else as the fact table gives it. */
    private static String words(FactValue v, Map<String, Article> articles) {
        if (v.sources().isEmpty()) return v.value();
        Citation c = v.sources().get(0);
        Article a = articles.get(c.article());
        String field = a == null ? null : c.inTitle() ? a.title() : a.text();
        if (field == null || c.span().end() > field.length() || c.span().start() >= c.span().end()) return v.value();
        return field.substring(c.span().start(), c.span().end()).strip();
    }

    /**
     * A value as it reads inside a sentence: a figure that opened its source's sentence ("Five
     * people", "About 300") loses the capital; names and all-capital headline words keep theirs.
     */
    static String inSentence(String value) {
        String first = value.split("\\s+")[0];
        boolean numeric = NumberWords.value(first.toLowerCase(Locale.ROOT)) != null
                || APPROXIMATORS.contains(first.toLowerCase(Locale.ROOT));
        boolean capitalOnly = first.length() > 1 && Character.isUpperCase(first.charAt(0)) && first.substring(1).equals(
                first.substring(1).toLowerCase(Locale.ROOT));
        return numeric && capitalOnly ? Character.toLowerCase(value.charAt(0)) + value.substring(1) : value;
    }

    /**
     * How a source is named in a sentence: its outlet, else its wire agency, else the opening words
     * of its headline (enough to tell the sources apart, short enough to read).
     */
    static String name(Article a) {
        if (a == null) return "an unnamed source";
        if (a.outlet() != null && !a.outlet().isBlank()) return a.outlet();
        if (a.wire() != null && !a.wire().isBlank()) return a.wire();
        if (a.title() == null || a.title().isBlank()) return "an unnamed source";
        String[] words = a.title().strip().split("\\s+");
        String shown = words.length <= HEADLINE_WORDS ? a.title().strip()
                : String.join(" ", List.of(words).subList(0, HEADLINE_WORDS)) + "\u2026";
        return "\u201c" + shown + "\u201d";
    }

    /** One value as said, with the outlets that said it and every citation of it. */
    private record Said(String text, List<String> outlets, List<Citation> sources) {
        /** The earliest date a source of the value was published, trusting stated dates over inferred ones. */
        LocalDate first(Map<String, Article> articles) {
            LocalDate stated = null;
            LocalDate inferred = null;
            for (Citation c : sources) {
                Article a = articles.get(c.article());
                if (a == null || a.published() == null) continue;
                if (!a.publishedInferred() && (stated == null || a.published().isBefore(stated))) stated = a.published();
                if (a.publishedInferred() && (inferred == null || a.published().isBefore(inferred))) inferred = a.published();
            }
            return stated != null ? stated : inferred;
        }
    }
}
