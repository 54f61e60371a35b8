package org.dossier.meta.html;

import java.util.ArrayList;
import java.util.List;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Collects metadata candidates from an HTML page's head and markup (meta tags, the title
 * element). The HTML parser calls it; the resolver weighs the candidates.
 */
public final class HtmlMetadataExtractor {
    private HtmlMetadataExtractor() {}

    public static List<MetadataCandidate> extract(Document doc) {
        List<MetadataCandidate> out = new ArrayList<>();
        meta(doc, "meta[property=og:title]", MetadataField.TITLE, "meta:og:title", 0.9, out);
        meta(doc, "meta[property=og:site_name]", MetadataField.SITE_NAME, "meta:og:site_name", 0.9, out);
        meta(doc, "meta[property=article:published_time]", MetadataField.PUBLISHED, "meta:article:published_time", 0.9, out);
        meta(doc, "meta[name=author]", MetadataField.AUTHOR, "meta:author", 0.7, out);
        meta(doc, "meta[property=og:url]", MetadataField.URL, "meta:og:url", 0.8, out);
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) out.add(new MetadataCandidate(MetadataField.URL, canonical.attr("abs:href"), "link:canonical", 0.9));
        String title = doc.title();
        if (!title.isBlank()) out.add(new MetadataCandidate(MetadataField.TITLE, title.strip(), "html:title", 0.5));
        String lang = doc.select("html[lang]").attr("lang");
        if (!lang.isBlank()) out.add(new MetadataCandidate(MetadataField.LANGUAGE, lang.strip(), "html:lang", 0.7));
        return out;
    }

    private static void meta(Document doc, String css, MetadataField field, String origin, double confidence,
            List<MetadataCandidate> out) {
        for (Element e : doc.select(css)) {
            String v = e.attr("content").strip();
            if (!v.isEmpty()) out.add(new MetadataCandidate(field, v, origin, confidence));
        }
    }
}
