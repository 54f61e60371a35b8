package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.clean.CleanFixtures;
import org.dossier.clean.EnglishDictionary;
import org.dossier.parse.Block;
import org.junit.jupiter.api.Test;

class ParagraphRejoinTest {
    private final ParagraphRejoin filter = new ParagraphRejoin(EnglishDictionary.get());

    @Test
    void rejoinsAParagraphBrokenMidSentence() {
        String text = "The authority has run the port of\n\n12 islands for more than a century.\n\nA new chapter begins.";
        assertEquals(List.of("The authority has run the port of 12 islands for more than a century.", "A new chapter begins."),
                CleanFixtures.run(filter, text));
    }

    @Test
    void rejoinsAfterACommaAndAcrossAHyphenatedPageBreak() {
        assertEquals(List.of("Fares rose in spring, mostly on the longest routes."),
                CleanFixtures.run(filter, "Fares rose in spring,\n\nmostly on the longest routes."));
        assertEquals(List.of("The council approved the refurbishment."),
                CleanFixtures.run(filter, "The council approved the refur-\n\nbishment."));
    }

    @Test
    void keepsHeadingsAndFinishedParagraphsApart() {
        String text = "\u201cA Quiet Harbour\u201d\n\nThe port was calm on Sunday.\n\nIt reopened fully on Monday.";
        assertEquals(3, CleanFixtures.run(filter, text).size());
    }

    @Test
    void theJoinedTextStillMapsToRaw() {
        String text = "ran the port of\n\n12 islands.";
        List<Block> out = filter.apply(CleanFixtures.blocks(text), CleanFixtures.context(text));
        int at = out.get(0).text().text().indexOf("12");
        assertEquals(text.indexOf("12"), out.get(0).text().rawOffset(at));
    }
}
