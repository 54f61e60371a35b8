package org.dossier.parse.json;

import java.util.List;
import org.dossier.parse.MetadataField;

/**
 * The field names of news-please records (and the common aliases of other exports), with the
 * metadata field each feeds and how much it is trusted. An export is the publisher's structured
 * data as scraped, so it ranks above text heuristics but below nothing else.
 */
final class NewsRecordFields {
    /** Fields that may hold the article body, in order of preference. */
    static final List<String> BODY = List.of("maintext", "text", "body", "content", "article", "article_text");

    /** One metadata mapping. */
    record Mapping(String field, MetadataField target, double confidence) {}

    static final List<Mapping> METADATA = List.of(
            new Mapping("title", MetadataField.TITLE, 0.9),
            new Mapping("headline", MetadataField.TITLE, 0.85),
            new Mapping("title_rss", MetadataField.TITLE, 0.7),
            new Mapping("title_page", MetadataField.TITLE, 0.5),
            new Mapping("date_publish", MetadataField.PUBLISHED, 0.9),
            new Mapping("published", MetadataField.PUBLISHED, 0.9),
            new Mapping("date_published", MetadataField.PUBLISHED, 0.9),
            new Mapping("publish_date", MetadataField.PUBLISHED, 0.9),
            new Mapping("date", MetadataField.PUBLISHED, 0.7),
            new Mapping("date_modify", MetadataField.MODIFIED, 0.9),
            new Mapping("authors", MetadataField.AUTHOR, 0.85),
            new Mapping("author", MetadataField.AUTHOR, 0.85),
            new Mapping("url", MetadataField.URL, 0.9),
            new Mapping("source_domain", MetadataField.SITE_NAME, 0.6),
            new Mapping("outlet", MetadataField.SITE_NAME, 0.85),
            new Mapping("site_name", MetadataField.SITE_NAME, 0.85),
            new Mapping("language", MetadataField.LANGUAGE, 0.9),
            new Mapping("description", MetadataField.DESCRIPTION, 0.9),
            new Mapping("section", MetadataField.SECTION, 0.8));

    private NewsRecordFields() {}
}
