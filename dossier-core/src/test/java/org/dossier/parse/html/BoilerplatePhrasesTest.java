package org.dossier.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplatePhrasesTest {
    @Test
    void templateLinesInSeveralLanguages() {
        for (String line : new String[] {"Advertisement", "Share this article", "Read more", "Lesen Sie auch: Neue Regeln",
            "Foto: dpa", "© 2026 Example Media", "5 min read", "Sign up for our newsletter", "Anzeige",
            "Veröffentlicht am 3. März 2026", "By Jane Roe and John Doe", "Von Erika Muster, Berlin"}) {
            assertTrue(BoilerplatePhrases.isBoilerplate(line), line);
        }
    }

    @Test
    void sentencesAreNotTemplate() {
        for (String line : new String[] {"By the end of the week the river had fallen by two metres.",
            "Von Anfang an war klar, dass die Brücke nicht reicht.",
            "Advertising revenue at the paper fell for a third straight year, the publisher said on Monday, "
                + "blaming the shift of small businesses to social media and search.",
            "Photographers waited outside the court all morning."}) {
            assertFalse(BoilerplatePhrases.isBoilerplate(line), line);
        }
    }
}
