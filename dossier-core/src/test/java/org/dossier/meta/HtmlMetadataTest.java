package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolver on pages: meta tags and JSON-LD through {@link org.dossier.meta.html.HtmlMetadataExtractor}. */
class HtmlMetadataTest {
    private static final String BODY = "<p>The river authority opened the new dam on Tuesday after a decade of delays, "
            + "and farmers downstream said the first season would decide whether it was worth it.</p>";

    @Test
    void openGraphAndArticleTags() {
        ArticleMetadata m = MetaFixtures.html("<html lang='en-GB'><head><title>Dam opens | Valley Post</title>"
                + "<meta property='og:title' content='Dam opens after ten years - Valley Post'>"
                + "<meta property='og:site_name' content='Valley Post'>"
                + "<meta property='article:published_time' content='2026-03-19T23:30:00-05:00'>"
                + "<meta name='author' content='Email the author'>"
                + "<link rel='canonical' href='/news/dam-opens'></head><body><h1>Dam opens after ten years</h1>"
                + BODY + "</body></html>", "https://valleypost.example/news/dam-opens?ref=rss");
        assertEquals("Dam opens after ten years", m.title());
        assertEquals("Valley Post", m.outlet());
        assertEquals(LocalDate.of(2026, 3, 19), m.published());
        assertEquals("meta:article:published_time", m.publishedBasis());
        assertEquals(List.of(), m.authors());
        assertEquals("https://valleypost.example/news/dam-opens", m.url());
        assertEquals("en", m.language());
    }

    @Test
    void jsonLdArticleWithGraphAuthorsAndPublisher() {
        ArticleMetadata m = MetaFixtures.html("<html><head><script type='application/ld+json'>{\"@context\":"
                + "\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Valley Post\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Dam opens after ten years\",\"datePublished\":"
                + "\"2026-03-03T08:00:00+01:00\",\"dateModified\":\"2026-03-04\",\"author\":[{\"@type\":\"Person\","
                + "\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],\"publisher\":{\"@type\":"
                + "\"Organization\",\"name\":\"Valley Post\"},}]}</script></head><body>" + BODY + "</body></html>", null);
        assertEquals("Dam opens after ten years", m.title());
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors());
        assertEquals(LocalDate.of(2026, 3, 3), m.published());
        assertEquals("json-ld:datePublished", m.publishedBasis());
        assertEquals("Valley Post", m.outlet());
    }

    @Test
    void modifiedDateOnlyAsAMarkedFallback() {
        ArticleMetadata m = MetaFixtures.html("<html><head><meta property='article:modified_time' content='2026-02-02'>"
                + "</head><body>" + BODY + "</body></html>", null);
        assertEquals(LocalDate.of(2026, 2, 2), m.published());
        assertEquals("modified:meta:article:modified_time", m.publishedBasis());
    }

    @Test
    void datesInScriptsAreIgnored() {
        ArticleMetadata m = MetaFixtures.html("<html><head><script>var published = '2026-01-01';</script></head><body>"
                + BODY + "</body></html>", null);
        assertNull(m.published());
    }

    @Test
    void bylineMarkupAndTimeElement() {
        ArticleMetadata m = MetaFixtures.html("<html><body><article><h1>Dam opens</h1>"
                + "<div class='byline'>By <a rel='author' href='/staff/jd'>Jane Doe</a>, Staff Writer</div>"
                + "<time datetime='2026-03-03T09:00:00Z'>3 March</time>" + BODY + "</article>"
                + "<aside class='related'><time datetime='2026-05-30'>x</time></aside></body></html>", null);
        assertEquals(List.of("Jane Doe"), m.authors());
        assertEquals(LocalDate.of(2026, 3, 3), m.published());
        assertEquals("Dam opens", m.title());
    }

    @Test
    void authorMetaNamingAnAgencyBecomesTheWire() {
        ArticleMetadata m = MetaFixtures.html("<html><head><meta name='author' content='Agence France-Presse'>"
                + "<meta property='og:title' content='Dam opens'></head><body>" + BODY + "</body></html>", null);
        assertEquals(List.of(), m.authors());
        assertEquals("AFP", m.wire());
    }

    @Test
    void blogMarkupAuthorsAndDatesButNotCommenters() {
        ArticleMetadata m = MetaFixtures.html("<html><body class='has-sidebar comments-open'><article>"
                + "<h1 class='entry-title'>Dam opens</h1><footer class='entry-footer'><span class='posted-on'>"
                + "<span class='post-date'>4. März 2025</span></span><span class='byline'><span class='author vcard'>"
                + "<span class='screen-reader-text'>Author</span><a class='url fn n' href='/author/jd/'>jdoe</a></span>"
                + "</span></footer>" + BODY + "</article><div id='comments'><div class='comment-author vcard'>"
                + "<span class='fn'>Max Commenter</span></div><span class='comment-date'>5. März 2025</span></div>"
                + "</body></html>", null);
        assertEquals(List.of("jdoe"), m.authors());
        assertEquals(LocalDate.of(2025, 3, 4), m.published());
        assertEquals("html:date-element", m.publishedBasis());
    }

    @Test
    void siteSpecificPublicationDateMetaNames() {
        ArticleMetadata m = MetaFixtures.html("<html><head><meta name='site:publicationDate' content='2025-04-04T20:57:00+02:00'>"
                + "</head><body>" + BODY + "</body></html>", null);
        assertEquals(LocalDate.of(2025, 4, 4), m.published());
    }

    @Test
    void jsonLdAuthorByReference() {
        ArticleMetadata m = MetaFixtures.html("<html><head><script type='application/ld+json'>{\"@graph\":["
                + "{\"@type\":\"Article\",\"headline\":\"Dam opens\",\"author\":{\"@id\":\"#p1\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Jane Doe\"}]}</script></head><body>"
                + BODY + "</body></html>", null);
        assertEquals(List.of("Jane Doe"), m.authors());
    }

    @Test
    void visibleHeadlineWinsOverAStatedTitleWithAKicker() {
        ArticleMetadata m = MetaFixtures.html("<html><head><meta property='og:title' content='Water: Dam opens after ten years'>"
                + "</head><body><h1>Dam opens after ten years</h1>" + BODY + "</body></html>", null);
        assertEquals("Dam opens after ten years", m.title());
    }

    @Test
    void aShortParagraphOfAPageIsNoHeadline() {
        ArticleMetadata m = MetaFixtures.html("<html><head><title>Dam opens after ten years | Valley Post</title></head>"
                + "<body><p>Local News</p>" + BODY + "</body></html>", null);
        assertEquals("Dam opens after ten years", m.title());
    }

    @Test
    void theSiteInAnAuthorSlotIsNoPerson() {
        ArticleMetadata m = MetaFixtures.html("<html><head><meta property='og:site_name' content='Valley Post'>"
                + "<meta name='author' content='Valley Post'><meta name='parsely-author' content='valleypost.example'>"
                + "</head><body>" + BODY + "</body></html>", null);
        assertEquals(List.of(), m.authors());
        assertEquals(List.of("Grant Lee"), MetaFixtures.html("<html><head><meta name='author' content='Grant Lee, PhD'>"
                + "</head><body>" + BODY + "</body></html>", null).authors());
    }
}
