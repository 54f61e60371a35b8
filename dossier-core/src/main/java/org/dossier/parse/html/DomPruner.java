package org.dossier.parse.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Removes what is never article text before blocks are cut: non-text elements (scripts, forms'
 * controls, media), hidden elements, and regions that the page's own markup names as template:
 * navigation, headers and footers, sidebars, comment threads, share bars, newsletter and cookie
 * prompts, related-links lists, ads.
 *
 * <p>Template names are a hint, not a verdict: a region that holds a large share of the page's
 * prose, or that contains the element marked as the article body, is kept whatever its name
 * (sites do wrap their articles in {@code <div class="main with-sidebar">}). Comment threads are
 * the exception to the share rule, since a long discussion can outweigh a short article.
 */
final class DomPruner implements NodeFilter {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "button", "select", "input", "textarea", "option", "link",
            "meta", "video", "audio", "map", "dialog", "head", "picture", "img", "source", "frameset", "frame",
            "applet", "label", "datalist", "progress", "meter");
    private static final Set<String> TEMPLATE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> TEMPLATE_ROLES = Set.of("navigation", "banner", "complementary",
            "contentinfo", "menu", "menubar", "search", "dialog", "alertdialog", "toolbar", "tablist");
    /** A template-named region holding more than this share of the page's prose is kept. */
    private static final double KEEP_SHARE = 0.4;

    private final TextStats stats;
    private final int pageProse;

    private DomPruner(TextStats stats, int pageProse) {
        this.stats = stats;
        this.pageProse = Math.max(1, pageProse);
    }

    /** Prunes {@code body} in place. */
    static void prune(Element body) {
        TextStats stats = TextStats.of(body);
        body.filter(new DomPruner(stats, stats.proseChars(body)));
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) return FilterResult.REMOVE;
        if (!(node instanceof Element e) || depth == 0) return FilterResult.CONTINUE;
        return isRemovable(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
    }

    private boolean isRemovable(Element e) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) return true;
        if (isHidden(e)) return true;
        List<String> words = AttributeHints.words(e);
        if (!words.isEmpty() && (AttributeHints.isDiscussion(words) || AttributeHints.isStrongTemplate(words))
                && !stats.holdsBodyMarker(e)) {
            return true;
        }
        boolean template = TEMPLATE_TAGS.contains(tag)
                || TEMPLATE_ROLES.contains(e.attributes().getIgnoreCase("role").toLowerCase(Locale.ROOT))
                || !words.isEmpty() && AttributeHints.isTemplate(words);
        if (!template || TextStats.isBodyMarker(e)) return false;
        if (stats.holdsBodyMarker(e) && !TextStats.isBodyMarker(e) && holdsMarkedBodyBelow(e)) return false;
        return stats.proseChars(e) < KEEP_SHARE * pageProse;
    }

    /** A template region that wraps the marked article body must stay (its other parts are pruned inside). */
    private boolean holdsMarkedBodyBelow(Element e) {
        return stats.proseChars(e) >= 0.2 * pageProse;
    }

    private boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        String style = e.attributes().getIgnoreCase("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        return e.attributes().getIgnoreCase("aria-hidden").equals("true") && stats.chars(e) < 200;
    }
}
