package org.dossier.meta.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements that can carry metadata, found in one walk over the page: a dozen CSS queries
 * ({@code meta[content]}, {@code time[datetime]}, {@code [class*=byline]}, ...) each walking the
 * whole DOM cost more than the rest of the metadata work. Each list holds what the query named in
 * its Javadoc would select, in document order, with jsoup's matching rules (attribute values
 * compared ignoring case, {@code *=} on the lower-cased value, classes as whole names).
 *
 * @param metas           {@code meta[content]}
 * @param canonical       {@code link[rel=canonical][href]}
 * @param articleH1       {@code article h1}
 * @param mainH1          {@code main h1}
 * @param headline        {@code [itemprop=headline]:not(meta)}
 * @param h1              {@code h1}
 * @param htmlLang        {@code html[lang]}
 * @param jsonLd          {@code script[type=application/ld+json]}
 * @param published       {@code [itemprop=datePublished]:not(meta), time[pubdate]}
 * @param modified        {@code [itemprop=dateModified]:not(meta)}
 * @param articleTime     {@code article time[datetime]}
 * @param mainTime        {@code main time[datetime]}
 * @param headerTime      {@code header time[datetime]}
 * @param time            {@code time[datetime]}
 * @param dateClassed     {@code [class*=date], [class*=published], [class*=posted-on], [class*=timestamp], [class*=datum]}
 * @param itempropAuthor  {@code [itemprop=author]:not(meta)}
 * @param relAuthor       {@code a[rel=author], link[rel=author][title]}
 * @param vcard           {@code .vcard .fn, [class*=author] a[href*=/author/], a[href*=/author/][class*=author]}
 * @param bylineClassed   {@code [class*=byline], [id*=byline], [class*=author-name], [class*=authorName], [class~=^author$]}
 */
record MetadataElements(List<Element> metas, List<Element> canonical, List<Element> articleH1, List<Element> mainH1,
        List<Element> headline, List<Element> h1, List<Element> htmlLang, List<Element> jsonLd,
        List<Element> published, List<Element> modified, List<Element> articleTime, List<Element> mainTime,
        List<Element> headerTime, List<Element> time, List<Element> dateClassed, List<Element> itempropAuthor,
        List<Element> relAuthor, List<Element> vcard, List<Element> bylineClassed) {

    private static final int IN_ARTICLE = 1, IN_MAIN = 2, IN_HEADER = 4, IN_VCARD = 8, IN_AUTHOR_CLASS = 16;
    private static final String[] DATE_CLASSES = {"date", "published", "posted-on", "timestamp", "datum"};
    private static final String[] BYLINE_CLASSES = {"byline", "author-name", "authorname"};

    /** Walks {@code root} once. */
    static MetadataElements of(Element root) {
        MetadataElements found = new MetadataElements(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        Deque<Integer> context = new ArrayDeque<>();
        context.push(0);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                int outer = context.peek();
                found.visit(e, outer);
                context.push(outer | own(e));
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) context.pop();
            }
        }, root);
        return found;
    }

    /** The context bits an element gives its descendants. */
    private static int own(Element e) {
        String tag = e.normalName();
        int bits = tag.equals("article") ? IN_ARTICLE : tag.equals("main") ? IN_MAIN : tag.equals("header") ? IN_HEADER : 0;
        if (e.attributesSize() > 0) {
            if (e.hasClass("vcard")) bits |= IN_VCARD;
            if (contains(e, "class", "author")) bits |= IN_AUTHOR_CLASS;
        }
        return bits;
    }

    private void visit(Element e, int outer) {
        String tag = e.normalName();
        boolean isMeta = tag.equals("meta");
        if (tag.equals("h1")) {
            if ((outer & IN_ARTICLE) != 0) articleH1.add(e);
            if ((outer & IN_MAIN) != 0) mainH1.add(e);
            h1.add(e);
        }
        if (e.attributesSize() == 0) return;   // every other query needs an attribute
        if (isMeta && e.hasAttr("content")) metas.add(e);
        if (tag.equals("link") && equals(e, "rel", "canonical") && e.hasAttr("href")) canonical.add(e);
        if (!isMeta && equals(e, "itemprop", "headline")) headline.add(e);
        if (tag.equals("html") && e.hasAttr("lang")) htmlLang.add(e);
        if (tag.equals("script") && equals(e, "type", "application/ld+json")) jsonLd.add(e);
        if (!isMeta && equals(e, "itemprop", "datePublished") || tag.equals("time") && e.hasAttr("pubdate")) published.add(e);
        if (!isMeta && equals(e, "itemprop", "dateModified")) modified.add(e);
        if (tag.equals("time") && e.hasAttr("datetime")) {
            if ((outer & IN_ARTICLE) != 0) articleTime.add(e);
            if ((outer & IN_MAIN) != 0) mainTime.add(e);
            if ((outer & IN_HEADER) != 0) headerTime.add(e);
            time.add(e);
        }
        if (containsAny(e, "class", DATE_CLASSES)) dateClassed.add(e);
        if (!isMeta && equals(e, "itemprop", "author")) itempropAuthor.add(e);
        if (tag.equals("a") && equals(e, "rel", "author")
                || tag.equals("link") && equals(e, "rel", "author") && e.hasAttr("title")) relAuthor.add(e);
        boolean authorLink = tag.equals("a") && contains(e, "href", "/author/");
        if ((outer & IN_VCARD) != 0 && e.hasClass("fn") || authorLink && (outer & IN_AUTHOR_CLASS) != 0
                || authorLink && contains(e, "class", "author")) vcard.add(e);
        if (containsAny(e, "class", BYLINE_CLASSES) || contains(e, "id", "byline")
                || e.hasAttr("class") && e.attr("class").equals("author")) bylineClassed.add(e);
    }

    /** {@code [key=value]}: the trimmed value equals, ignoring case. */
    private static boolean equals(Element e, String key, String value) {
        return e.hasAttr(key) && value.equalsIgnoreCase(e.attr(key).trim());
    }

    /** {@code [key*=part]}: the lower-cased value contains {@code part} (given in lower case). */
    private static boolean contains(Element e, String key, String part) {
        return e.hasAttr(key) && e.attr(key).toLowerCase(Locale.ROOT).contains(part);
    }

    private static boolean containsAny(Element e, String key, String[] parts) {
        if (!e.hasAttr(key)) return false;
        String v = e.attr(key).toLowerCase(Locale.ROOT);
        for (String p : parts) if (v.contains(p)) return true;
        return false;
    }
}
