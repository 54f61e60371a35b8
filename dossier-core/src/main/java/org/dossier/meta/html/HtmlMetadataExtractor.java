package org.dossier.meta.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Collects metadata candidates from an HTML page: meta tags (Open Graph, Dublin Core, Parse.ly,
 * Sailthru, schema.org {@code itemprop}), JSON-LD, the canonical link, the {@code <title>} and
 * first {@code <h1>}, {@code <time>} elements, and byline markup ({@code rel=author},
 * {@code itemprop=author}, elements classed "byline"). The HTML parser calls it; the resolver
 * weighs the candidates, so this class records every value with its origin and never chooses.
 *
 * <p>Script contents are never read, except JSON-LD, which is data: dates in JavaScript are
 * build stamps, counters and ad code, not the article's.
 */
public final class HtmlMetadataExtractor {
    /** One meta tag name (matched against name, property and itemprop) and what it proposes. */
    private record Tag(String key, MetadataField field, double confidence) {}

    private static final List<Tag> TAGS = List.of(
            new Tag("og:title", MetadataField.TITLE, 0.9),
            new Tag("twitter:title", MetadataField.TITLE, 0.85),
            new Tag("parsely-title", MetadataField.TITLE, 0.85),
            new Tag("sailthru.title", MetadataField.TITLE, 0.85),
            new Tag("headline", MetadataField.TITLE, 0.85),
            new Tag("dc.title", MetadataField.TITLE, 0.8),
            new Tag("og:site_name", MetadataField.SITE_NAME, 0.9),
            new Tag("dc.publisher", MetadataField.SITE_NAME, 0.7),
            new Tag("application-name", MetadataField.SITE_NAME, 0.55),
            new Tag("author", MetadataField.AUTHOR, 0.7),
            new Tag("article:author", MetadataField.AUTHOR, 0.72),
            new Tag("parsely-author", MetadataField.AUTHOR, 0.75),
            new Tag("sailthru.author", MetadataField.AUTHOR, 0.75),
            new Tag("dc.creator", MetadataField.AUTHOR, 0.7),
            new Tag("byl", MetadataField.AUTHOR, 0.7),
            new Tag("article:published_time", MetadataField.PUBLISHED, 0.93),
            new Tag("og:published_time", MetadataField.PUBLISHED, 0.9),
            new Tag("article:published", MetadataField.PUBLISHED, 0.9),
            new Tag("datepublished", MetadataField.PUBLISHED, 0.9),
            new Tag("parsely-pub-date", MetadataField.PUBLISHED, 0.9),
            new Tag("sailthru.date", MetadataField.PUBLISHED, 0.85),
            new Tag("pubdate", MetadataField.PUBLISHED, 0.85),
            new Tag("publishdate", MetadataField.PUBLISHED, 0.85),
            new Tag("publish-date", MetadataField.PUBLISHED, 0.85),
            new Tag("publish_date", MetadataField.PUBLISHED, 0.85),
            new Tag("citation_publication_date", MetadataField.PUBLISHED, 0.85),
            new Tag("dc.date.issued", MetadataField.PUBLISHED, 0.85),
            new Tag("dcterms.issued", MetadataField.PUBLISHED, 0.85),
            new Tag("dc.date", MetadataField.PUBLISHED, 0.8),
            new Tag("dcterms.date", MetadataField.PUBLISHED, 0.8),
            new Tag("dcterms.created", MetadataField.PUBLISHED, 0.8),
            new Tag("date", MetadataField.PUBLISHED, 0.75),
            new Tag("article:modified_time", MetadataField.MODIFIED, 0.5),
            new Tag("og:updated_time", MetadataField.MODIFIED, 0.5),
            new Tag("datemodified", MetadataField.MODIFIED, 0.5),
            new Tag("dcterms.modified", MetadataField.MODIFIED, 0.45),
            new Tag("last-modified", MetadataField.MODIFIED, 0.4),
            new Tag("og:url", MetadataField.URL, 0.8),
            new Tag("og:locale", MetadataField.LANGUAGE, 0.6),
            new Tag("dc.language", MetadataField.LANGUAGE, 0.7),
            new Tag("content-language", MetadataField.LANGUAGE, 0.7),
            new Tag("og:description", MetadataField.DESCRIPTION, 0.8),
            new Tag("description", MetadataField.DESCRIPTION, 0.7),
            new Tag("article:section", MetadataField.SECTION, 0.8));

    private static final int MAX_BYLINE_CHARS = 150;
    private static final java.util.regex.Pattern OTHER_TEXTS = java.util.regex.Pattern.compile(
            "(?:^|[\\s_-])(?:comments?|comment-\\w+|related|sidebar|widget|recent-posts|teaser)(?:$|[\\s_-])");
    /** Meta names outside the known families that still say "publication date" or "modified". */
    private static final java.util.regex.Pattern GENERIC_PUBLISHED = java.util.regex.Pattern.compile(
            "(?:publi\\w*|pub|release|issue|first)[_.:-]?date|date[_.:-]?(?:publi\\w*|issued|released)|publishedtime");
    private static final java.util.regex.Pattern GENERIC_MODIFIED = java.util.regex.Pattern.compile(
            "(?:modifi\\w*|updated?)[_.:-]?(?:date|time)|date[_.:-]?modifi\\w*");

    private static final java.util.regex.Pattern UPDATED_CLASS = java.util.regex.Pattern.compile(".*(?:updated|modified).*");
    private static final java.util.regex.Pattern UPDATED_TEXT = java.util.regex.Pattern.compile(
            "(?s).*(?:updated|modified|aktualisiert|mis à jour|actualizado).*");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private HtmlMetadataExtractor() {}

    public static List<MetadataCandidate> extract(Document doc) {
        List<MetadataCandidate> out = new ArrayList<>();
        MetadataElements found = MetadataElements.of(doc);
        metaTags(found, out);
        JsonLdMetadata.extract(found.jsonLd(), out);
        Element canonical = first(found.canonical());
        if (canonical != null) {
            String href = canonical.attr("abs:href");
            add(out, MetadataField.URL, href.isEmpty() ? canonical.attr("href") : href, "link:canonical", 0.9);
        }
        add(out, MetadataField.TITLE, doc.title(), "html:title", 0.5);
        Element h1 = firstIn(found.articleH1(), found.mainH1(), found.headline(), found.h1());
        if (h1 != null) add(out, MetadataField.TITLE, h1.text(), "html:h1", 0.8);
        Element lang = first(found.htmlLang());
        if (lang != null) add(out, MetadataField.LANGUAGE, lang.attr("lang"), "html:lang", 0.7);
        times(found, out);
        bylines(found, out);
        return out;
    }

    private static void metaTags(MetadataElements found, List<MetadataCandidate> out) {
        for (Element meta : found.metas()) {
            String key = (meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name")
                    : meta.hasAttr("itemprop") ? meta.attr("itemprop") : meta.attr("http-equiv"))
                    .strip().toLowerCase(Locale.ROOT);
            boolean known = false;
            for (Tag tag : TAGS) {
                if (tag.key.equals(key)) {
                    known = true;
                    String origin = meta.hasAttr("itemprop") && !meta.hasAttr("name") && !meta.hasAttr("property")
                            ? "itemprop:" + key : "meta:" + key;
                    add(out, tag.field, meta.attr("content"), origin, tag.confidence);
                }
            }
            if (!known && GENERIC_PUBLISHED.matcher(key).find()) add(out, MetadataField.PUBLISHED, meta.attr("content"), "meta:" + key, 0.7);
            else if (!known && GENERIC_MODIFIED.matcher(key).find()) add(out, MetadataField.MODIFIED, meta.attr("content"), "meta:" + key, 0.4);
        }
    }

    /** {@code <time>} and {@code itemprop} date elements; those in a byline or header weigh more. */
    private static void times(MetadataElements found, List<MetadataCandidate> out) {
        for (Element e : found.published()) {
            add(out, MetadataField.PUBLISHED, dateOf(e), "html:time-published", 0.82);
        }
        for (Element e : found.modified()) {
            add(out, MetadataField.MODIFIED, dateOf(e), "html:time-modified", 0.45);
        }
        Element first = firstIn(found.articleTime(), found.mainTime(), found.headerTime(), found.time());
        if (first != null && !insideComments(first)) {
            boolean updated = (first.className() + " " + first.parent().className()).toLowerCase(Locale.ROOT)
                    .transform(UPDATED_CLASS::matcher).matches();
            add(out, updated ? MetadataField.MODIFIED : MetadataField.PUBLISHED, dateOf(first), "html:time",
                    updated ? 0.4 : 0.6);
        }
        int taken = 0;
        for (Element e : found.dateClassed()) {
            String text = dateOf(e);
            if (text.length() > 80 || e.tagName().equals("body") || insideComments(e)) continue;
            boolean updated = (e.className() + " " + text).toLowerCase(Locale.ROOT)
                    .transform(UPDATED_TEXT::matcher).matches();
            add(out, updated ? MetadataField.MODIFIED : MetadataField.PUBLISHED, text, "html:date-element", updated ? 0.35 : 0.55);
            if (++taken == 3) break;
        }
    }

    private static String dateOf(Element e) {
        for (String attr : new String[] {"datetime", "content", "data-datetime", "title"}) {
            if (!e.attr(attr).isBlank()) return e.attr(attr);
        }
        return e.text();
    }

    /** Byline markup: {@code rel=author} links, {@code itemprop=author}, and elements classed as bylines. */
    private static void bylines(MetadataElements found, List<MetadataCandidate> out) {
        for (Element e : found.itempropAuthor()) {
            Element name = e.selectFirst("[itemprop=name]");
            String text = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text()) : e.text();
            if (!insideComments(e) && text.length() <= MAX_BYLINE_CHARS) add(out, MetadataField.AUTHOR, text, "html:itemprop-author", 0.74);
        }
        for (Element e : found.relAuthor()) {
            String text = e.tagName().equals("link") ? e.attr("title") : e.text();
            if (!insideComments(e) && text.length() <= MAX_BYLINE_CHARS) add(out, MetadataField.AUTHOR, text, "html:rel-author", 0.72);
        }
        for (Element e : found.vcard()) {
            String text = e.text().strip();
            if (!insideComments(e) && text.length() <= MAX_BYLINE_CHARS) add(out, MetadataField.AUTHOR, text, "html:vcard", 0.7);
        }
        int taken = 0;
        for (Element e : found.bylineClassed()) {
            String text = e.text().strip();
            if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS || insideComments(e)) continue;
            add(out, MetadataField.AUTHOR, text, "html:byline", 0.65);
            if (++taken == 3) break;
        }
    }

    /**
     * Whether an element sits in a comment thread, a sidebar widget or a related-links box, whose
     * names and dates belong to other texts. Only ancestors up to the article (or body) count:
     * a body classed "has-sidebar comments-open" says nothing about its article.
     */
    private static boolean insideComments(Element e) {
        for (Element p = e; p != null && !p.tagName().equals("body") && !p.tagName().equals("article"); p = p.parent()) {
            String marks = (p.id() + " " + p.className()).toLowerCase(Locale.ROOT);
            if (OTHER_TEXTS.matcher(marks).find()) return true;
        }
        return false;
    }

    /** The first element of the first list that has one (queries in order of trust). */
    @SafeVarargs
    private static Element firstIn(List<Element>... lists) {
        for (List<Element> found : lists) {
            if (!found.isEmpty()) return found.get(0);
        }
        return null;
    }

    private static Element first(List<Element> found) {
        return found.isEmpty() ? null : found.get(0);
    }

    private static void add(List<MetadataCandidate> out, MetadataField field, String value, String origin, double conf) {
        if (value == null) return;
        String v = WHITESPACE.matcher(value).replaceAll(" ").strip();
        if (!v.isEmpty()) out.add(new MetadataCandidate(field, v, origin, conf));
    }
}
