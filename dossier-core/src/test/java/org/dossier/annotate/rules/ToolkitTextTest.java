package org.dossier.annotate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class ToolkitTextTest {
    @Test
    void keepsLengthAndBlanksMarkupAndUrls() {
        String in = "The **mayor** met [Jane Roe](#) today, see <https://example.org/2024/05/01/x>.";
        String out = ToolkitText.prepare(in);
        assertEquals(in.length(), out.length());
        assertFalse(out.contains("*"));
        assertFalse(out.contains("2024"));
        assertTrue(out.contains(" Jane Roe "));
        assertEquals(in.indexOf("Jane"), out.indexOf("Jane"));
    }

    @Test
    void joinsSoftWrapsButKeepsHeadlinesAndBylines() {
        String in = "Flood Waters Recede in River Town\nBy Sam Okafor\nThe water level fell sharply overnight in the\n"
                + "United States border town, officials said.\n\nresidents returned.";
        String out = ToolkitText.prepare(in);
        assertTrue(out.contains("Town\nBy Sam Okafor\nThe water"), out);
        assertTrue(out.contains("in the United States"), out);
        assertTrue(out.contains("said.\n\nresidents"), out);
    }

    @Test
    void quoteMarksPairAndIgnoreApostrophes() {
        String text = "She said “we will rebuild” and the ‘town’s pride’ is intact; don’t \"panic now\".";
        List<Span> q = QuoteMarks.find(text);
        assertEquals(3, q.size(), q.toString());
        assertEquals("“we will rebuild”", text.substring(q.get(0).start(), q.get(0).end()));
        assertEquals("\"panic now\"", text.substring(q.get(2).start(), q.get(2).end()));
    }

    @Test
    void aDroppedClosingMarkEndsTheQuoteAtTheNextOpeningMark() {
        String text = "He said: \"We paid in March. \"We will pay again in May.\" Then he left.";
        List<Span> q = QuoteMarks.find(text);
        assertEquals(2, q.size(), q.toString());
        assertEquals("\"We paid in March.", text.substring(q.get(0).start(), q.get(0).end()));
        assertTrue(QuoteMarks.isOpenEnded(text, q.get(0)));
        assertEquals("\"We will pay again in May.\"", text.substring(q.get(1).start(), q.get(1).end()));
    }

    @Test
    void aQuoteOpenAtParagraphEndRunsToThatEnd() {
        String text = "She added, \"The plan is ready.\n\n\"It starts in June.\"";
        List<Span> q = QuoteMarks.find(text);
        assertEquals(2, q.size(), q.toString());
        assertEquals("\"The plan is ready.", text.substring(q.get(0).start(), q.get(0).end()));
    }

    @Test
    void titlesAreNotSpeech() {
        assertTrue(QuoteRules.isTitle("Council of Elders."));
        assertTrue(QuoteRules.isTitle("The Last Emperor"));
        assertFalse(QuoteRules.isTitle("We will rebuild the bridge."));
    }

    @Test
    void numberWords() {
        assertEquals(25.0, NumberWords.value("twenty-five"));
        assertEquals(1200.0, NumberWords.value("1,200"));
        assertEquals(1e6, NumberWords.scale("mln"));
        assertEquals(24.0, NumberWords.vague("dozens")[0]);
        assertTrue(NumberWords.looksLikeYear("1994"));
        assertFalse(NumberWords.looksLikeYear("430"));
    }
}
