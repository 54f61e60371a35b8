package org.dossier.parse.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Building-block words that, on one page, name the regions holding much of its prose. Page
 * builders name every block of a page alike ({@code widget}), the article's text blocks as much as
 * the sidebar's boxes; on such a page the word tells nothing about the template, and skipping what
 * it names would skip the article. Only such words are weighed: a word like {@code more} or
 * {@code related} naming many teasers that together outweigh a short article still names them
 * rightly. Elements named by a word are counted once, at
 * the outermost one, so nested wrappers do not count their text twice.
 */
final class PageWideNames implements NodeVisitor {
    /** A building-block word naming regions that together hold more than this share of the page's prose tells nothing. */
    private static final double BULK_SHARE = 0.4;

    private final TextStats stats;
    private final Map<String, Integer> open = new HashMap<>();
    private final Map<String, Integer> prose = new HashMap<>();

    private PageWideNames(TextStats stats) {
        this.stats = stats;
    }

    /** The building-block words of {@code root}'s elements that name much of its {@code pageProse}. */
    static Set<String> of(Element root, TextStats stats, int pageProse) {
        PageWideNames p = new PageWideNames(stats);
        NodeTraversor.traverse(p, root);
        Set<String> out = new HashSet<>();
        p.prose.forEach((word, chars) -> {
            if (chars > BULK_SHARE * pageProse) out.add(word);
        });
        return out;
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e) || e.attributesSize() == 0) return;
        for (String w : buildingBlockWords(e)) {
            if (open.merge(w, 1, Integer::sum) == 1) prose.merge(w, stats.proseChars(e), Integer::sum);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e) || e.attributesSize() == 0) return;
        for (String w : buildingBlockWords(e)) open.merge(w, -1, Integer::sum);
    }

    private Set<String> buildingBlockWords(Element e) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : stats.words(e)) if (AttributeHints.isBuildingBlockWord(w)) out.add(w);
        return out;
    }
}
