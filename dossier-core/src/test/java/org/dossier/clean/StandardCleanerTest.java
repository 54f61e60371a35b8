package org.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StandardCleanerTest {
    private static final String PAGE = """


            By: LP | Coastline Brief

            Eastport terminal reopens after storm



            The northern terminal at Eastport reopened on Friday, the **harbour authority** said, four days after a \
            storm bent two of its cranes.

            Engineers worked through the weekend. The authority has run the port for

            more than a century and said it had never closed the terminal for so long.

            Since the storm, dockers have moved cargo by hand

            Since the storm, dockers have moved cargo by hand, a union official said, and overtime has doubled.

            [Read the authority's statement](https://harbour.example/statement) for details.

            Tags: ports, storms

            Leave a Reply

            Your email address will not be published.
            """;

    @Test
    void cleansMarkupBoilerplateAndBrokenParagraphs() {
        CleanedText out = StandardCleaner.create().clean(CleanFixtures.raw(PAGE), CleanFixtures.parse(PAGE), CorpusEvidence.NONE);
        String text = out.text().text();
        assertTrue(text.startsWith("The northern terminal at Eastport reopened on Friday, the harbour authority said"), text);
        assertTrue(text.contains("has run the port for more than a century"), text);
        assertEquals(1, text.split("Since the storm", -1).length - 1, text);
        assertTrue(text.contains("Read the authority's statement for details."), text);
        for (String gone : new String[] {"By:", "**", "Tags:", "Leave a Reply", "email address", "https://", "reopens after storm"}) {
            assertFalse(text.contains(gone), gone + " in: " + text);
        }
        assertTrue(out.repairs().isEmpty());
    }

    @Test
    void everyCleanedWordMapsBackToTheSameWordInTheRawInput() {
        CleanedText out = StandardCleaner.create().clean(CleanFixtures.raw(PAGE), CleanFixtures.parse(PAGE), CorpusEvidence.NONE);
        String text = out.text().text();
        Words.forEach(text, (s, e) -> {
            String word = text.substring(s, e);
            int raw = out.text().rawOffset(s);
            assertEquals(word, PAGE.substring(raw, raw + word.length()), "word at " + s);
        });
    }
}
