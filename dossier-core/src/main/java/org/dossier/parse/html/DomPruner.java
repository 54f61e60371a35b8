package org.dossier.parse.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Decides which regions block cutting skips. Hard skips are never article text: non-text elements
 * (scripts, form controls, media), hidden elements, and regions named so specifically (cookie and
 * consent prompts, newsletter boxes, ad slots) that no article hides behind the name. Structural
 * skips are regions the page's elements or roles make template (navigation, headers, footers,
 * asides) and comment threads; named skips are regions only class or id words call template
 * (sidebars, share bars, related links, tags).
 *
 * <p>Template names are a hint, not a verdict: a region that holds a large share of the page's
 * prose, or that is or wraps the element marked as the article body, is not skipped whatever its
 * name (sites do wrap their articles in {@code <div class="main with-sidebar">}). Comment threads
 * are the exception to the share rule, since a long discussion can outweigh a short article; and
 * when skipping them leaves almost nothing, the parser tries again without the named skips, then
 * without the structural ones.
 */
final class DomPruner implements NodeFilter {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "button", "select", "input", "textarea", "option", "link",
            "meta", "video", "audio", "map", "dialog", "head", "picture", "img", "source", "frameset", "frame",
            "applet", "label", "datalist", "progress", "meter");
    private static final Set<String> TEMPLATE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> TEMPLATE_ROLES = Set.of("navigation", "banner", "complementary",
            "contentinfo", "menu", "menubar", "search", "dialog", "alertdialog", "toolbar", "tablist");
    /** Classes that hide an element from every reader (screen-reader-only text included). */
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "hide", "d-none", "sr-only",
            "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader", "is-hidden", "invisible");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** A template-named region holding more than this share of the page's prose is kept. */
    private static final double KEEP_SHARE = 0.4;

    private final TextStats stats;
    private final int pageProse;
    private final Set<String> uninformative;
    private final Set<Element> hard = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> structural = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> named = Collections.newSetFromMap(new IdentityHashMap<>());

    private DomPruner(TextStats stats, int pageProse, Set<String> uninformative) {
        this.stats = stats;
        this.pageProse = Math.max(1, pageProse);
        this.uninformative = uninformative;
    }

    /**
     * What to skip under {@code body}. The page is not changed: the block collector skips the
     * elements, so a second, more permissive pass needs no second parse.
     */
    static Pruning analyze(Element body) {
        TextStats stats = TextStats.of(body);
        int prose = stats.proseChars(body);
        DomPruner p = new DomPruner(stats, prose, PageWideNames.of(body, stats, prose));
        NodeTraversor.filter(p, body);
        return new Pruning(p.hard, p.structural, p.named, stats);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || depth == 0) return FilterResult.CONTINUE;
        if (isNeverText(e)) {
            hard.add(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        switch (template(e)) {
            case STRUCTURAL -> structural.add(e);
            case NAMED -> named.add(e);
            default -> { }
        }
        return FilterResult.CONTINUE;
    }

    private enum Template { NONE, STRUCTURAL, NAMED }

    /** Never article text, whatever the page: scripts, controls, media, hidden or consent regions. */
    private boolean isNeverText(Element e) {
        if (NEVER_TEXT.contains(e.normalName()) || isHidden(e)) return true;
        List<String> words = stats.words(e);
        return !words.isEmpty() && AttributeHints.isStrongTemplate(words) && !stats.holdsBodyMarker(e);
    }

    /**
     * Named as discussion or template, and not holding the bulk of the page's prose; structural
     * when the page's elements or roles say so or it is a discussion, named when only class or id
     * words do.
     */
    private Template template(Element e) {
        String tag = e.normalName();
        List<String> words = stats.words(e);
        if (!words.isEmpty() && AttributeHints.isDiscussion(words) && !stats.holdsBodyMarker(e)) return Template.STRUCTURAL;

        boolean structure = TEMPLATE_TAGS.contains(tag) && !(tag.equals("header") && isArticleHeader(e, words))
                || TEMPLATE_ROLES.contains(e.attributes().getIgnoreCase("role").toLowerCase(Locale.ROOT));
        boolean template = structure || !words.isEmpty() && AttributeHints.isTemplate(words, uninformative);
        if (!template || stats.isBodyMarker(e)) return Template.NONE;
        if (stats.holdsBodyMarker(e) && !stats.isBodyMarker(e) && holdsMarkedBodyBelow(e)) return Template.NONE;
        if (stats.proseChars(e) >= KEEP_SHARE * pageProse) return Template.NONE;
        return structure ? Template.STRUCTURAL : Template.NAMED;
    }

    /**
     * An article's own header (headline, standfirst, byline) is part of it, unlike the site's
     * header: it sits inside the marked article, or its names say whose header it is
     * ({@code article-header}, {@code post-header}).
     */
    private boolean isArticleHeader(Element e, List<String> words) {
        return insideBodyMarker(e) || AttributeHints.namesArticle(words);
    }

    private boolean insideBodyMarker(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (stats.isBodyMarker(p)) return true;
        return false;
    }

    /** A template region that wraps the marked article body must stay (its other parts are pruned inside). */
    private boolean holdsMarkedBodyBelow(Element e) {
        return stats.proseChars(e) >= 0.2 * pageProse;
    }

    /** Every hidden class name holds one of these: most class lists need not be split at all. */
    private static final String[] HIDDEN_PARTS = {"hid", "none", "sr-only", "screen", "invisible"};

    private static boolean mayNameHidden(String lowerClasses) {
        for (String part : HIDDEN_PARTS) if (lowerClasses.contains(part)) return true;
        return false;
    }

    private boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        String cls = e.attributes().getIgnoreCase("class");
        if (!cls.isEmpty() && mayNameHidden(cls.toLowerCase(Locale.ROOT))) {
            for (String c : SPACES.split(cls)) if (HIDDEN_CLASSES.contains(c.toLowerCase(Locale.ROOT))) return true;
        }
        String style = e.attributes().getIgnoreCase("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        return e.attributes().getIgnoreCase("aria-hidden").equals("true") && stats.chars(e) < 200;
    }
}
