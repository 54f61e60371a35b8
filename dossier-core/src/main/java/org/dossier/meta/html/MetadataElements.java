package org.dossier.meta.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attributes;
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
        if (e.attributesSize() > 0 && e.attributes().hasKey("class")) {
            if (e.hasClass("vcard")) bits |= IN_VCARD;
            if (e.attributes().get("class").toLowerCase(Locale.ROOT).contains("author")) bits |= IN_AUTHOR_CLASS;
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
        // the parser lower-cases attribute names, so exact-key lookups find what jsoup's ignore-case ones would
        Attributes a = e.attributes();
        if (isMeta && a.hasKey("content")) metas.add(e);
        if (tag.equals("link") && equals(a, "rel", "canonical") && a.hasKey("href")) canonical.add(e);
        if (!isMeta && equals(a, "itemprop", "headline")) headline.add(e);
        if (tag.equals("html") && a.hasKey("lang")) htmlLang.add(e);
        if (tag.equals("script") && equals(a, "type", "application/ld+json")) jsonLd.add(e);
        if (!isMeta && equals(a, "itemprop", "datePublished") || tag.equals("time") && a.hasKey("pubdate")) published.add(e);
        if (!isMeta && equals(a, "itemprop", "dateModified")) modified.add(e);
        if (tag.equals("time") && a.hasKey("datetime")) {
            if ((outer & IN_ARTICLE) != 0) articleTime.add(e);
            if ((outer & IN_MAIN) != 0) mainTime.add(e);
            if ((outer & IN_HEADER) != 0) headerTime.add(e);
            time.add(e);
        }
        if (!isMeta && equals(a, "itemprop", "author")) itempropAuthor.add(e);
        if (tag.equals("a") && equals(a, "rel", "author")
                || tag.equals("link") && equals(a, "rel", "author") && a.hasKey("title")) relAuthor.add(e);
        String cls = a.hasKey("class") ? a.get("class").toLowerCase(Locale.ROOT) : null;
        boolean authorLink = tag.equals("a") && a.hasKey("href") && a.get("href").toLowerCase(Locale.ROOT).contains("/author/");
        if ((outer & IN_VCARD) != 0 && cls != null && e.hasClass("fn") || authorLink && (outer & IN_AUTHOR_CLASS) != 0
                || authorLink && cls != null && cls.contains("author")) vcard.add(e);
        if (cls == null && !a.hasKey("id")) return;
        if (containsAny(cls, DATE_CLASSES)) dateClassed.add(e);
        if (containsAny(cls, BYLINE_CLASSES) || a.hasKey("id") && a.get("id").toLowerCase(Locale.ROOT).contains("byline")
                || cls != null && a.get("class").equals("author")) bylineClassed.add(e);
    }

    /** {@code [key=value]}: the trimmed value equals, ignoring case. */
    private static boolean equals(Attributes a, String key, String value) {
        return a.hasKey(key) && value.equalsIgnoreCase(a.get(key).trim());
    }

    /** {@code [class*=part]} for any of {@code parts} (given in lower case), on the lower-cased value. */
    private static boolean containsAny(String lowerValue, String[] parts) {
        if (lowerValue == null) return false;
        for (String p : parts) if (lowerValue.contains(p)) return true;
        return false;
    }
}
