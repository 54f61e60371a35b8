package org.dossier.meta;

import java.time.LocalDate;
import java.util.List;

/** The resolved metadata of one article; see {@link org.dossier.model.Article} for each field. */
public record ArticleMetadata(
        String title,
        String outlet,
        List<String> authors,
        String wire,
        LocalDate published,
        String publishedBasis,
        String url,
        String language) {
    public ArticleMetadata {
        authors = List.copyOf(authors);
    }
}
