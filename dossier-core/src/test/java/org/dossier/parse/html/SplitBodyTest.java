package org.dossier.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An article its page builder cuts into sections made from one template. */
class SplitBodyTest {
    private static final String[] OPENING = {
        "The harbour ferry will stop running for three weeks in March, the port authority said on Monday, "
            + "because the landing stage on the north bank needs new piles, a new ramp and a new waiting room.",
        "Commuters who cross the river every morning will have to take the bridge, which adds twenty minutes "
            + "by bus, or the shuttle boat the city hires for the rush hours, which carries forty people at most.",
        "The works were planned for last autumn, but the tender had to be repeated after the only bid came in "
            + "far above the budget, and the contractor chosen in the second round could not start before spring.",
        "Shop owners on the north bank fear for their trade, since many of their customers arrive by ferry, "
            + "and they have asked the council to waive the market fees for the weeks the landing stage is closed."};
    private static final String LATER = "The port authority promised that the new landing stage will be wider, "
            + "step-free and sheltered from the wind, and that the ferry will run every ten minutes once it reopens.";
    private static final String LAST = "A public meeting on the timetable is set for the first Thursday of February "
            + "in the town hall, where the ferry operator will answer questions from residents and shop owners.";

    /** One section of the builder's template: text, deep inside wrappers every section shares. */
    private static String section(String... paragraphs) {
        StringBuilder s = new StringBuilder("<section class='page-section'><div class='section-inner'>"
                + "<div class='image-text'><div class='description'><div class='richtext'>");
        for (String p : paragraphs) s.append("<p>").append(p).append("</p>");
        return s.append("</div></div></div></div></section>").toString();
    }

    @Test
    void theArticlesOtherSectionsJoinTheBestOne() {
        String html = "<html><head><title>Ferry stops</title></head><body><div class='sections'>"
                + section(OPENING) + section(LATER) + section(LAST) + "</div>"
                + "<div class='box'><div class='teaser'><p>Read also: the bridge repairs of last year and "
                + "what they cost the city.</p></div></div></body></html>";
        String text = HtmlParserTest.text(HtmlParserTest.parse(html));
        assertTrue(text.contains("The harbour ferry will stop"), text);
        assertTrue(text.contains("the new landing stage will be wider"), text);
        assertTrue(text.contains("A public meeting on the timetable"), text);
        assertFalse(text.contains("Read also"), text);
    }

    @Test
    void sectionsOfTheSameShapeWithoutProseStayOut() {
        String html = "<html><head><title>Ferry stops</title></head><body><div class='sections'>"
                + section(OPENING) + section("<a href='/ferry'>Timetables</a> <a href='/map'>Map</a>")
                + "</div></body></html>";
        String text = HtmlParserTest.text(HtmlParserTest.parse(html));
        assertTrue(text.contains("The harbour ferry will stop"), text);
        assertFalse(text.contains("Timetables"), text);
    }
}
