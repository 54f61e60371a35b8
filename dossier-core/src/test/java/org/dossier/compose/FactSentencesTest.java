package org.dossier.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;
import org.dossier.model.SummarySentence;
import org.dossier.text.MappedText;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class FactSentencesTest {
    private static final String HERALD = "About 4,000 members walked out on Monday, the union said.";
    private static final String WIRE = "Some 3,500 workers joined the strike, the port authority said.";
    private static final String LATER = "By Wednesday 3,900 workers had joined the strike.";

    private static Article article(String id, String outlet, String text, LocalDate published) {
        return new Article(id, id + ".txt", "Strike at the port", outlet, List.of(), null, published, false, "test", null,
                "en", "text/plain", text, List.of(), MappedText.identity(text, 0).offsetMap());
    }

    private static final Map<String, Article> ARTICLES = Map.of(
            "a", article("a", "Valmora Herald", HERALD, LocalDate.of(2024, 5, 13)),
            "b", article("b", "Coast Wire", WIRE, LocalDate.of(2024, 5, 13)),
            "c", article("c", null, LATER, LocalDate.of(2024, 5, 15)));

    private static FactValue value(String id, String text, String words, String normalized) {
        int at = text.indexOf(words);
        return new FactValue(words, normalized, List.of(new Citation(id, new Span(at, at + words.length()))));
    }

    @Test
    void aConflictNamesEachValueWithItsOutletsAndCitesThemAll() {
        Fact f = new Fact("number of strikers", "conflict", List.of(value("a", HERALD, "About 4,000 members", "~4000"),
                value("b", WIRE, "Some 3,500 workers", "~3500")));
        SummarySentence s = FactSentences.of(f, ARTICLES).orElseThrow();
        assertEquals("Sources differ on number of strikers: about 4,000 members (Valmora Herald) vs "
                + "some 3,500 workers (Coast Wire).", s.sentence());
        assertEquals(2, s.sources().size());
    }

    @Test
    void anUpdateGoesFromTheEarliestReportToTheLatestWhateverTheOrderGiven() {
        Fact f = new Fact("number of strikers", "updated", List.of(value("c", LATER, "3,900 workers", "3900"),
                value("b", WIRE, "Some 3,500 workers", "~3500")));
        String s = FactSentences.of(f, ARTICLES).orElseThrow().sentence();
        assertTrue(s.startsWith("First reports put number of strikers at some 3,500 workers (Coast Wire); "
                + "later reports put it at 3,900 workers (“Strike at the port”)"), s);
    }

    @Test
    void agreementNeedsNoSentence() {
        Fact f = new Fact("number of strikers", "agree", List.of(value("a", HERALD, "About 4,000 members", "~4000"),
                value("b", WIRE, "Some 3,500 workers", "~3500")));
        assertTrue(FactSentences.of(f, ARTICLES).isEmpty());
    }
}
