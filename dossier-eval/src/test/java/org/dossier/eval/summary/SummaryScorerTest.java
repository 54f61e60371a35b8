package org.dossier.eval.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.SummarySentence;
import org.dossier.text.MappedText;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class SummaryScorerTest {
    private static final String TEXT = "Ferry crossings to Lindholm stopped on Friday. Some 300 passengers waited at the quay.";
    private static final Map<String, Article> ARTICLES = Map.of("a", new Article("a", "a.txt", "Ferries stop", "Fjord Post",
            List.of(), null, LocalDate.of(2024, 3, 1), false, "test", null, "en", "text/plain", TEXT, List.of(),
            MappedText.identity(TEXT, 0).offsetMap()));

    private static Citation cite(String words) {
        int at = TEXT.indexOf(words);
        return new Citation("a", new Span(at, at + words.length()));
    }

    @Test
    void aSentenceLiftedVerbatimIsFaithful() {
        String s = "Some 300 passengers waited at the quay.";
        assertTrue(SummaryScorer.faithful(new SummarySentence(s, List.of(cite(s))), ARTICLES));
    }

    @Test
    void aFigureNoCitedSpanGivesIsUnfaithful() {
        SummarySentence s = new SummarySentence("Sources differ on passengers: some 300 passengers vs 500 passengers.",
                List.of(cite("Some 300 passengers")));
        assertFalse(SummaryScorer.faithful(s, ARTICLES));
    }

    @Test
    void aSentenceThatDoesNotRepeatItsCitedWordsIsUnfaithful() {
        SummarySentence s = new SummarySentence("Ferry crossings to Lindholm resumed on Friday.",
                List.of(cite("Ferry crossings to Lindholm stopped on Friday.")));
        assertFalse(SummaryScorer.faithful(s, ARTICLES));
    }

    @Test
    void aCitationOutsideItsArticleIsUnfaithful() {
        SummarySentence s = new SummarySentence("Some 300 passengers waited at the quay.",
                List.of(new Citation("a", new Span(40, TEXT.length() + 5))));
        assertFalse(SummaryScorer.faithful(s, ARTICLES));
    }
}
