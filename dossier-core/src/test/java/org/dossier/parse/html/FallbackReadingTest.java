package org.dossier.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When skipping template-named regions leaves too little, the page is read again skipping less. */
class FallbackReadingTest {
    private static final String STORY = "<p>The choir of the old mill town sang its last concert on Sunday, after "
            + "ninety years, because too few young singers joined it to fill the four voices any longer.</p>"
            + "<p>The conductor thanked the audience, the singers hugged, and the mayor promised the choir's "
            + "records a place in the town museum, next to the mill's first loom and its founders' letters.</p>";

    private static String paragraphs(int n) {
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < n; i++) {
            f.append("<p>What a shame, I sang in that choir for twelve years and met my wife there. "
                    + "Thank you all for the evenings, the trips and the songs, and good luck to the museum.</p>");
        }
        return f.toString();
    }

    private static String text(String body) {
        return HtmlParserTest.text(HtmlParserTest.parse("<html><head><title>Choir</title></head><body>" + body
                + "</body></html>"));
    }

    @Test
    void anArticleBehindATemplateNameIsReadWithoutTheComments() {
        String text = text("<div class='share-wrap'>" + STORY + "</div><div id='comments'>" + paragraphs(6) + "</div>");
        assertTrue(text.contains("The choir of the old mill town"), text);
        assertFalse(text.contains("What a shame"), text);
    }

    @Test
    void aShortArticleIsNotSwappedForAReadingThatAddsTheTemplate() {
        String text = text("<div class='post'>" + STORY + "</div><div class='sidebar'>" + paragraphs(3) + "</div>");
        assertTrue(text.contains("The choir of the old mill town"), text);
        assertFalse(text.contains("What a shame"), text);
    }
}
