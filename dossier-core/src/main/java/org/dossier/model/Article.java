package org.dossier.model;

import java.time.LocalDate;
import java.util.List;
import org.dossier.text.OffsetMap;

/**
 * A cleaned article: body text, resolved metadata, the repairs made, and the map back to the raw
 * input. Every later stage cites spans of {@link #text()}.
 *
 * @param id                 stable id, derived from the source and its content
 * @param source             the input as given (path or URL, {@code #fragment} for container members)
 * @param title              headline (not the site name), or {@code null}
 * @param outlet             publishing outlet, or {@code null}
 * @param authors            bylined authors, never junk such as "Email the author"
 * @param wire               wire agency of a syndicated story (AP, AFP, Reuters...), or {@code null}
 * @param published          publication date, or {@code null}
 * @param publishedInferred  true when {@code published} was inferred rather than stated
 * @param publishedBasis     where the date came from (e.g. {@code meta:article:published_time})
 * @param url                canonical URL, or {@code null}
 * @param language           ISO 639-1 code, or {@code null}
 * @param mediaType          media type of the raw input
 * @param text               the cleaned body
 * @param repairs            repairs applied to the text
 * @param offsets            cleaned offsets to raw offsets
 */
public record Article(
        String id,
        String source,
        String title,
        String outlet,
        List<String> authors,
        String wire,
        LocalDate published,
        boolean publishedInferred,
        String publishedBasis,
        String url,
        String language,
        String mediaType,
        String text,
        List<Repair> repairs,
        OffsetMap offsets) {

    public Article {
        authors = List.copyOf(authors);
        repairs = List.copyOf(repairs);
    }

    /** A copy with an inferred publication date (from the article's event), marked as inferred. */
    public Article withInferredDate(LocalDate date, String basis) {
        return new Article(id, source, title, outlet, authors, wire, date, true, basis, url, language,
                mediaType, text, repairs, offsets);
    }
}
