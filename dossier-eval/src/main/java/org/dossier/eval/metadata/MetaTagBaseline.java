package org.dossier.eval.metadata;

import java.util.List;
import java.util.Optional;
import org.dossier.clean.CleanedText;
import org.dossier.meta.ArticleMetadata;
import org.dossier.meta.DateParsing;
import org.dossier.meta.MetadataResolver;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;

/**
 * The baseline a quick implementation gives: og:title or the {@code <title>} element as is,
 * og:site_name, {@code meta name=author} values as they stand, article:published_time, the
 * canonical link, the declared language. No text, URL or byline evidence, no cleaning.
 */
final class MetaTagBaseline implements MetadataResolver {
    @Override
    public ArticleMetadata resolve(RawDocument document, ParsedDocument parsed, CleanedText cleaned) {
        List<MetadataCandidate> c = parsed.metadata();
        String date = first(c, "meta:article:published_time").orElse(null);
        return new ArticleMetadata(
                first(c, "meta:og:title").or(() -> first(c, "html:title")).orElse(null),
                first(c, "meta:og:site_name").orElse(null),
                c.stream().filter(x -> x.origin().equals("meta:author")).map(MetadataCandidate::value).toList(),
                null,
                date == null ? null : DateParsing.parse(date).orElse(null),
                date == null ? null : "meta:article:published_time",
                first(c, "link:canonical").orElse(document.url()),
                first(c, "html:lang").map(l -> l.length() >= 2 ? l.substring(0, 2).toLowerCase() : l).orElse(null));
    }

    private static Optional<String> first(List<MetadataCandidate> c, String origin) {
        return c.stream().filter(x -> x.origin().equals(origin)).map(MetadataCandidate::value).findFirst();
    }
}
