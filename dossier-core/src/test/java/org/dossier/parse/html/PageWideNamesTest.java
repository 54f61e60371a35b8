package org.dossier.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A building-block word that names the article's own blocks does not mark them as template. */
class PageWideNamesTest {
    private static final String STORY = "<p>The village school reopened on Monday after a summer of repairs, "
            + "with a new roof, new windows and a playground the pupils designed themselves in the spring.</p>"
            + "<p>Parents had raised half of the money at a market in June, and the district paid the rest, after "
            + "a petition signed by nearly every household in the valley reached the district council.</p>";

    private static Element byId(Document doc, String id) {
        return doc.getElementById(id);
    }

    /** Each of the three text widgets holds a third of the prose: too little alone to escape the template. */
    @Test
    void widgetsHoldingTheArticleAreNotTemplate() {
        Document doc = Jsoup.parse("<body><div class='builder'>"
                + "<div id='heading' class='widget widget-heading'><h1>School reopens</h1></div>"
                + "<div id='story' class='widget widget-text-editor'>" + STORY + "</div>"
                + "<div class='widget widget-text-editor'>" + STORY + "</div>"
                + "<div class='widget widget-text-editor'>" + STORY + "</div></div>"
                + "<aside class='sidebar'><div id='archive' class='widget'><a href='/2019'>2019</a></div></aside></body>");
        Pruning pruning = DomPruner.analyze(doc.body());
        assertFalse(pruning.skipsStrict(byId(doc, "story")));
        assertTrue(pruning.skipsStrict(doc.selectFirst("aside")));
    }

    @Test
    void aWidgetBesideTheArticleIsStillTemplate() {
        Document doc = Jsoup.parse("<body><div class='post'>" + STORY + "</div>"
                + "<div id='about' class='widget'><p>About this blog: news from the valley, written by volunteers "
                + "since 2009.</p></div></body>");
        Pruning pruning = DomPruner.analyze(doc.body());
        assertTrue(pruning.skipsStrict(byId(doc, "about")));
    }
}
