package org.dossier.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which blocks of the article region are kept. */
class BlockClassifierTest {
    private static final String FIRST = "<p>The library on Mill Street will open on Sundays from next month, the "
            + "council decided on Tuesday, after students collected more than two thousand signatures for it.</p>";
    private static final String SECOND = "<p>Volunteers will staff the reading rooms in the afternoon, while the "
            + "lending desk stays closed, so the extra day costs the town little more than heating and light.</p>";
    private static final String THIRD = "<p>If the trial goes well, the council wants to open the branch libraries "
            + "in the villages on Sundays as well, starting with the two that have the most visitors.</p>";

    private static String text(String body) {
        return HtmlParserTest.text(HtmlParserTest.parse("<html><head><title>Library</title></head><body><div>"
                + body + "</div></body></html>"));
    }

    @Test
    void aHeadingOverALinkListInsideTheRegionGoes() {
        String text = text(FIRST + "<h3>Read further on our pages</h3><p><a href='/a'>Opening hours of all "
                + "branches</a> <a href='/b'>The mobile library</a> <a href='/c'>Events for children</a></p>"
                + SECOND + THIRD);
        assertTrue(text.contains("Volunteers will staff"), text);
        assertFalse(text.contains("Read further"), text);
    }

    @Test
    void aHeadingOverTheArticlesOwnTextStays() {
        String text = text(FIRST + "<h3>Who pays for it</h3>" + SECOND + THIRD);
        assertTrue(text.contains("Who pays for it"), text);
    }
}
