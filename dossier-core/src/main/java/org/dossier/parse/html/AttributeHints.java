package org.dossier.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it.
 *
 * <p>Attribute values are split into words ({@code site-footer}, {@code shareBar},
 * {@code related_posts} give {@code site footer}, {@code share bar}, {@code related posts}), and
 * the words are looked up in small vocabularies that page templates everywhere use. Matching whole
 * words rather than substrings keeps {@code header} from matching {@code subheader-text} and
 * {@code ad} from matching {@code shadow} or {@code download}.
 */
final class AttributeHints {
    /** Words that mark a whole region as not being the article, whatever its size. */
    private static final Set<String> DISCUSSION = Set.of("comment", "comments", "kommentare", "kommentar",
            "disqus", "respond", "discussion", "replies", "commentlist", "reactions", "forum");

    /**
     * Template words specific enough to remove a region whatever its size: nobody names the
     * article body "cookie banner" or "share bar".
     */
    private static final Set<String> STRONG_TEMPLATE = Set.of("cookie", "cookies", "consent", "gdpr", "newsletter",
            "subscribe", "subscription", "signup", "advert", "adverts", "advertisement", "adsense", "dfp",
            "sponsored", "outbrain", "taboola", "popup", "modal", "survey", "donate", "donation",
            "spotim");

    /** Words that mark template regions: navigation, promotion, sharing, legal, related links. */
    private static final Set<String> TEMPLATE = Set.of("nav", "navbar", "navigation", "menu", "menubar", "breadcrumb",
            "breadcrumbs", "footer", "sidebar", "aside", "widget", "widgets", "share", "sharing", "sharebar",
            "social", "socials", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies",
            "consent", "gdpr", "banner", "ad", "ads", "advert", "adverts", "advertisement", "advertising",
            "adsense", "dfp", "sponsor", "sponsored", "promo", "promotion", "promoted", "related", "recommended",
            "recommendations", "recirculation", "outbrain", "taboola", "popular", "trending", "mostread",
            "tags", "tagcloud", "tagged", "keywords", "byline", "dateline", "caption", "credit", "credits",
            "copyright", "legal", "toolbar", "pagination", "pager", "login", "modal", "popup", "overlay",
            "rating", "ratings", "rss", "feedback", "survey", "masthead", "skip", "bio", "jump",
            "author", "authors", "meta", "postmeta", "timestamp", "date",
            "published", "prev", "next", "previous", "more", "readmore", "also", "follow", "donate", "donation",
            "archive", "archives", "tabs", "search", "topbar", "rail",
            "embed", "video", "player", "gallery", "slideshow", "carousel", "lightbox", "sr",
            "offscreen", "noprint", "partner", "partners", "affiliate", "shop", "shopping", "newsticker",
            "ticker", "alert", "notice", "notification", "sitemap", "contact", "imprint", "impressum",
            "spotim", "email", "mail", "paywall");

    /** Words that mark the article itself. */
    private static final Set<String> CONTENT = Set.of("article", "articlebody", "content", "entry", "main", "post",
            "story", "text", "body", "blog", "hentry", "permalink", "artikel", "inhalt", "beitrag", "richtext",
            "prose", "copy", "storybody", "postbody", "entrycontent", "maincontent", "page", "single");

    private static boolean isSlug(String token) {
        for (String p : SLUG_PREFIXES) if (token.startsWith(p) && token.length() > p.length()) return true;
        return false;
    }

    private static final Set<String> ARTICLE = Set.of("article", "post", "entry", "story");
    private static final Set<String> BODY = Set.of("hentry", "articlebody", "storybody", "postbody", "entrycontent",
            "maincontent", "richtext", "artikeltext", "bodytext", "storytext", "articletext", "posttext");
    private static final Set<String> BODY_HEAD = Set.of("article", "story", "post", "entry", "main", "blog", "news",
            "artikel", "page", "td", "single");
    private static final Set<String> BODY_TAIL = Set.of("body", "content", "text", "inner", "copy", "entry");

    private AttributeHints() {}

    /** The words of the element's class, id, role and itemprop values, lower case. */
    static List<String> words(Element e) {
        List<String> out = new ArrayList<>(8);
        split(e.attributes().getIgnoreCase("class"), out);
        split(e.attributes().getIgnoreCase("id"), out);
        split(e.attributes().getIgnoreCase("role"), out);
        split(e.attributes().getIgnoreCase("itemprop"), out);
        return out;
    }

    /** Names a discussion (comments) region. */
    static boolean isDiscussion(List<String> words) {
        for (String w : words) if (DISCUSSION.contains(w)) return true;
        return false;
    }

    /**
     * Names a template region and does not name itself the article body ({@code post-meta} is a
     * template, {@code post-body} and {@code entry-content} are not). Words in {@code uninformative}
     * (see {@link PageWideNames}) do not count.
     */
    static boolean isTemplate(List<String> words, Set<String> uninformative) {
        boolean template = false;
        for (String w : words) if (TEMPLATE.contains(w) && !uninformative.contains(w)) template = true;
        return template && !isBody(words);
    }

    /**
     * Template words that page builders also give every block of the article (Elementor's
     * {@code elementor-widget-text-editor}, SiteOrigin's {@code so-widget}): they name the
     * template only where they do not name most of the page (see {@link PageWideNames}).
     */
    private static final Set<String> BUILDING_BLOCK = Set.of("widget", "widgets");

    /** A template word that may name the article's own building blocks as well. */
    static boolean isBuildingBlockWord(String word) {
        return BUILDING_BLOCK.contains(word);
    }

    /** Names the article body: {@code articleBody}, {@code story-body}, {@code entry-content}... */
    static boolean isBody(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (BODY.contains(w)) return true;
            if (i + 1 < words.size() && BODY_HEAD.contains(w) && BODY_TAIL.contains(words.get(i + 1))) return true;
        }
        return false;
    }

    /** Names the article itself ({@code article-header}, {@code post-head}), not the site around it. */
    static boolean namesArticle(List<String> words) {
        for (String w : words) if (ARTICLE.contains(w)) return true;
        return false;
    }

    /** Names a template region so specifically that its size does not matter. */
    static boolean isStrongTemplate(List<String> words) {
        boolean strong = false;
        for (String w : words) if (STRONG_TEMPLATE.contains(w)) strong = true;
        return strong && !isBody(words);
    }

    /** Score in the manner of readability's class weight: +1 per content word, -1 per template word. */
    static int weight(List<String> words) {
        int w = 0;
        for (String word : words) {
            if (CONTENT.contains(word)) w++;
            else if (TEMPLATE.contains(word) || DISCUSSION.contains(word)) w--;
        }
        return Integer.signum(w);
    }

    /**
     * Class prefixes whose rest is a taxonomy slug chosen by authors, not a role: WordPress marks a
     * post {@code category-video tag-social-media}, which says nothing about the element.
     */
    private static final String[] SLUG_PREFIXES = {"category-", "tag-", "postid-", "post-", "format-", "status-",
        "type-", "author-", "page-id-", "term-"};

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static void split(String value, List<String> out) {
        if (value.isEmpty()) return;
        if (value.indexOf('-') > 0 && value.indexOf(' ') > 0) {
            StringBuilder kept = new StringBuilder();
            for (String token : SPACES.split(value)) {
                if (!isSlug(token)) kept.append(token).append(' ');
            }
            value = kept.toString();
        }
        int n = value.length();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean boundary = !Character.isLetterOrDigit(c);
            boolean camel = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1));
            if ((boundary || camel) && word.length() > 0) {
                out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!boundary) word.append(c);
        }
        if (word.length() > 0) out.add(word.toString().toLowerCase(Locale.ROOT));
    }
}
