package org.dossier.meta;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.clean.CleanedText;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.Hints;
import org.dossier.source.RawDocument;

/** Resolves each field to its most trusted candidate; carrier hints count as candidates too. */
public final class CandidateMetadataResolver implements MetadataResolver {
    @Override
    public ArticleMetadata resolve(RawDocument document, ParsedDocument parsed, CleanedText cleaned) {
        List<MetadataCandidate> all = new ArrayList<>(parsed.metadata());
        addHint(all, document, Hints.TITLE, MetadataField.TITLE);
        addHint(all, document, Hints.OUTLET, MetadataField.SITE_NAME);
        addHint(all, document, Hints.DATE, MetadataField.PUBLISHED);
        addHint(all, document, Hints.LANGUAGE, MetadataField.LANGUAGE);
        Optional<MetadataCandidate> date = best(all, MetadataField.PUBLISHED);
        LocalDate published = date.map(c -> parseDate(c.value())).orElse(null);
        List<String> authors = all.stream().filter(c -> c.field() == MetadataField.AUTHOR)
                .map(MetadataCandidate::value).distinct().toList();
        return new ArticleMetadata(
                best(all, MetadataField.TITLE).map(MetadataCandidate::value).orElse(null),
                best(all, MetadataField.SITE_NAME).map(MetadataCandidate::value).orElse(null),
                authors,
                best(all, MetadataField.WIRE).map(MetadataCandidate::value).orElse(null),
                published,
                published == null ? null : date.get().origin(),
                best(all, MetadataField.URL).map(MetadataCandidate::value).orElse(document.url()),
                best(all, MetadataField.LANGUAGE).map(MetadataCandidate::value).orElse(null));
    }

    private static void addHint(List<MetadataCandidate> all, RawDocument doc, String key, MetadataField field) {
        String v = doc.hint(key);
        if (v != null && !v.isBlank()) all.add(new MetadataCandidate(field, v, "carrier:" + key, 0.8));
    }

    private static Optional<MetadataCandidate> best(List<MetadataCandidate> all, MetadataField field) {
        return all.stream().filter(c -> c.field() == field)
                .max(Comparator.comparingDouble(MetadataCandidate::confidence));
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
