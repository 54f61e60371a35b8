package org.dossier.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which part of a page is taken as the article when the page's layout misleads. */
class ArticleRegionTest {
    private static final String STEP_ONE = "Soak the lentils overnight in plenty of cold water, then rinse them twice, "
            + "because the skins loosen and the cooking time drops by half. Keep the soaking water for the garden.";
    private static final String STEP_TWO = "Fry the onion slowly in a wide pan, stirring now and then, until it turns "
            + "golden and sweet. Add the lentils, the stock and a bay leaf, and let everything simmer for twenty minutes.";

    private static String page(String body) {
        return "<html><head><title>Lentil soup</title></head><body>" + body + "</body></html>";
    }

    private static String body(String html) {
        return HtmlParserTest.text(HtmlParserTest.parse(html));
    }

    @Test
    void teasersMadeOfLinksDoNotWinOnTheirNamesAlone() {
        StringBuilder teasers = new StringBuilder("<div class='slider'>");
        for (String t : new String[] {"Roasting chestnuts in an ordinary oven", "Freezing plums for the winter months",
                "Pickling cucumbers the way grandmother did", "Baking bread without any kneading at all"}) {
            teasers.append("<a href='/tip'><div class='teaser-text'>").append(t).append("</div></a>");
        }
        teasers.append("</div>");
        String html = page("<div class='tips'><div class='step'>" + STEP_ONE + "</div><div class='step'>" + STEP_TWO
                + "</div></div>" + teasers);
        String text = body(html);
        assertTrue(text.contains("Soak the lentils overnight"), text);
        assertTrue(text.contains("Fry the onion slowly"), text);
    }

    @Test
    void anArticleCutIntoChunksOutweighsALoneBoxBesideIt() {
        String box = "<div class='tray'><div class='block-content'><p>Autumn is here, and with it the time for long "
                + "walks, warm kitchens, slow evenings, thick soups, good books, and, above all, friends around the "
                + "table, talking, laughing, eating, until late, every night, all week, for weeks on end, happily.</p>"
                + "</div></div>";
        StringBuilder article = new StringBuilder("<div class='post'><div class='layout'>");
        String[] chunks = {STEP_ONE, STEP_TWO,
            "Blend half of the soup until smooth, then stir it back into the pan, so the soup is thick but still has "
                + "whole lentils in it. Season it with salt, pepper and a squeeze of lemon just before serving.",
            "Serve it with toasted bread and a spoon of yoghurt on top. The soup keeps for three days in the fridge, "
                + "and it freezes well, so a double batch is worth the extra chopping on a quiet Sunday."};
        for (String c : chunks) {
            article.append("<div class='row'><div class='col'><div class='block-content'><p>").append(c)
                    .append("</p></div></div></div>");
        }
        article.append("</div></div>");
        String text = body(page(article + box));
        assertTrue(text.contains("Soak the lentils overnight"), text);
        assertTrue(text.contains("Serve it with toasted bread"), text);
        assertFalse(text.contains("Autumn is here"), text);
    }

    @Test
    void theDeckAboveTheBodyIsKept() {
        String html = page("<article><h1>Lentil soup</h1>"
                + "<h2>A cheap and filling supper that tastes better on the second day</h2>"
                + "<p>" + STEP_ONE + "</p><p>" + STEP_TWO + "</p></article>"
                + "<div class='more'><a href='/x'>More recipes from our kitchen and garden pages</a></div>");
        String text = body(html);
        assertTrue(text.contains("A cheap and filling supper"), text);
        assertTrue(text.contains("Fry the onion slowly"), text);
    }

    @Test
    void aHeaderNamedForTheArticleIsPartOfIt() {
        String html = page("<header class='site-header'><a href='/'>Kitchen Notes</a> <a href='/r'>Recipes</a></header>"
                + "<div class='wrap'><header class='article-header'><h1>Lentil soup</h1><p>Two pans, one hour and "
                + "a handful of pantry staples are all this warming soup asks of you on a cold evening.</p></header>"
                + "<div class='text'><p>" + STEP_ONE + "</p><p>" + STEP_TWO + "</p></div></div>");
        String text = body(html);
        assertTrue(text.contains("Two pans, one hour"), text);
        assertFalse(text.contains("Recipes"), text);
    }

    @Test
    void aLongListBesideTheArticleCountsForLess() {
        StringBuilder list = new StringBuilder("<div class='box'><ul>");
        for (String item : new String[] {"Opening hours, prices, parking, and how to reach us by bus, tram or bike",
                "Group bookings, school visits, birthday parties, and guided tours on request",
                "Gift vouchers, season passes, family tickets, and discounts for students",
                "Accessibility, lifts, ramps, quiet hours, and assistance dogs, all welcome",
                "Lost property, first aid, lockers, and the cloakroom by the main entrance"}) {
            list.append("<li>").append(item).append("</li>");
        }
        list.append("</ul></div>");
        String html = page(list + "<div class='wrap'><p>" + STEP_ONE + "</p><p>" + STEP_TWO + "</p></div>");
        String text = body(html);
        assertTrue(text.contains("Soak the lentils overnight"), text);
        assertFalse(text.contains("Gift vouchers"), text);
    }
}
