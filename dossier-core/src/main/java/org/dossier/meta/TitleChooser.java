package org.dossier.meta;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.clean.CleanedText;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.dossier.text.MappedText;
import org.dossier.text.Span;

/**
 * Chooses the headline: the most trusted title candidate that is still a headline once the site
 * name is stripped. A headline read from the text itself is taken from the cleaned text when the
 * cleaner kept it, so that repairs of the body (mojibake, systematic corruption) reach it too.
 */
final class TitleChooser {
    private TitleChooser() {}

    static Optional<String> choose(List<MetadataCandidate> all, Collection<String> siteNames,
            Optional<Span> textTitleSpan, CleanedText cleaned) {
        Optional<String> best = byTrust(all, siteNames, textTitleSpan, cleaned);
        if (best.isEmpty()) return best;
        return all.stream()
                .filter(c -> c.field() == MetadataField.TITLE && (c.origin().equals("html:h1") || c.origin().equals("text:heading")))
                .map(c -> Titles.clean(c.value(), siteNames, false))
                .flatMap(Optional::stream)
                .filter(h -> isCoreOf(h, best.get()))
                .findFirst().or(() -> best);
    }

    /**
     * Whether the visible headline {@code h} is the main part of a longer stated title: the
     * title then only adds a kicker or a site name ("Climate: Drilling until it gets hot",
     * "Drilling until it gets hot - Valley Post"), and the visible headline is the cleaner one.
     */
    static boolean isCoreOf(String h, String title) {
        String hk = Titles.key(h), tk = Titles.key(title);
        return hk.length() < tk.length() && tk.contains(hk) && h.split("\\s+").length >= 2
                && hk.length() >= tk.length() - hk.length();
    }

    private static Optional<String> byTrust(List<MetadataCandidate> all, Collection<String> siteNames,
            Optional<Span> textTitleSpan, CleanedText cleaned) {
        return all.stream()
                .filter(c -> c.field() == MetadataField.TITLE)
                .sorted(Comparator.comparingDouble(MetadataCandidate::confidence).reversed())
                .map(c -> {
                    String value = c.value();
                    if (c.origin().startsWith("text:") && textTitleSpan.isPresent()) {
                        value = repaired(cleaned.text(), textTitleSpan.get()).orElse(value);
                    }
                    return Titles.clean(value, siteNames, c.origin().equals("html:title"));
                })
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The cleaned text of the raw span, when the cleaned text covers most of it. */
    static Optional<String> repaired(MappedText cleaned, Span raw) {
        int first = -1, last = -1;
        for (int i = 0; i < cleaned.length(); i++) {
            int r = cleaned.rawOffset(i);
            if (r >= raw.start() && r < raw.end()) {
                if (first < 0) first = i;
                last = i;
            } else if (first >= 0 && r >= raw.end()) {
                break;
            }
        }
        if (first < 0) return Optional.empty();
        String text = cleaned.text().substring(first, last + 1).strip();
        if (text.contains("\n\n") || text.length() < 0.7 * raw.length()) return Optional.empty();
        return Optional.of(text.replaceAll("\\s+", " "));
    }
}
