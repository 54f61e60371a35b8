package org.dossier.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.annotate.QuoteKind;
import org.dossier.annotate.QuoteMention;
import org.junit.jupiter.api.Test;

/** Quotes and speakers on sentences written for the test: one frame or non-speech case each. */
class QuoteRulesTest {
    private static List<QuoteMention> quotes(String text) {
        return WarmAnnotator.annotate(text).quotes();
    }

    private static String speakerOf(List<QuoteMention> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .map(QuoteMention::speaker).orElse("<no quote>");
    }

    @Test
    void nameThenVerbAfterTheQuote() {
        List<QuoteMention> qs = quotes("\"We will reopen the school in May,\" Principal Ana Duarte told parents.");
        assertEquals("Ana Duarte", speakerOf(qs, "We will reopen"));
        assertEquals(QuoteKind.DIRECT, qs.get(0).kind());
        assertEquals("told", qs.get(0).cue());
    }

    @Test
    void verbThenNameAfterTheQuote() {
        List<QuoteMention> qs = quotes("\"The river is still rising,\" said Marcus Hale, the county engineer.");
        assertEquals("Marcus Hale", speakerOf(qs, "The river"));
    }

    @Test
    void pronounFollowsTheSubjectChainBack() {
        String text = "Judge Irma Kessel adjourned the trial until June. She also ordered the papers sealed.\n\n"
                + "\"The court needs time to read the evidence,\" she said.";
        assertEquals("Irma Kessel", speakerOf(quotes(text), "The court needs"));
    }

    @Test
    void wroteOnAndAddedAndParagraphCarryOver() {
        String text = "\"Talks went well,\" Omar Farouk wrote on X. \"We meet again next week.\"\n\n"
                + "\"Nothing is settled yet,\" he added.";
        List<QuoteMention> qs = quotes(text);
        assertEquals("Omar Farouk", speakerOf(qs, "Talks went"));
        assertEquals("Omar Farouk", speakerOf(qs, "We meet again"));
        assertEquals("carry-over", qs.stream().filter(q -> q.text().startsWith("We meet")).findFirst().orElseThrow().cue());
        assertEquals("Omar Farouk", speakerOf(qs, "Nothing is settled"));
    }

    @Test
    void partialQuotesAfterVerbsOfSaying() {
        String text = "Mayor Lucia Brandt hailed the vote as \"a new start for the harbor\" and urged residents to show \"patience and goodwill.\"";
        List<QuoteMention> qs = quotes(text);
        assertEquals("Lucia Brandt", speakerOf(qs, "a new start"));
        assertEquals("Lucia Brandt", speakerOf(qs, "patience and"));
        assertEquals(QuoteKind.PARTIAL, qs.get(0).kind());
    }

    @Test
    void nominalSpeaker() {
        String text = "\"No flights will leave before noon,\" an airport spokeswoman said.";
        assertEquals("an airport spokeswoman", speakerOf(quotes(text), "No flights"));
    }

    @Test
    void scareQuotesEpithetsAndTitlesAreNotSpeech() {
        String text = "Critics said the general, long dubbed \"The Iron Hand\", had joined the \"Council of Renewal.\" "
                + "The so-called \"reforms\" were never published, the paper said.\n\n\"A Bridge Too Far\"\n\nThe book sold well.";
        List<QuoteMention> qs = quotes(text);
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void curlyQuotesAndApostrophes() {
        String text = "“It’s the workers’ victory,” union head Dara Quinn said.";
        List<QuoteMention> qs = quotes(text);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Dara Quinn", qs.get(0).speaker());
    }

    @Test
    void aQuoteRunningIntoTheNextParagraphKeepsItsSpeaker() {
        String text = "Engineer Paula Reyes described the repair as urgent, \"The cables are older than the bridge.\n\n"
                + "\"Every month we wait makes the work harder.\"";
        List<QuoteMention> qs = quotes(text);
        assertEquals("Paula Reyes", speakerOf(qs, "The cables"));
        assertEquals("Paula Reyes", speakerOf(qs, "Every month"));
    }

    @Test
    void aNameInAppositionAfterANominalSpeaker() {
        String text = "\"The budget is too small,\" said the head of the finance committee, councillor Amos Tembo.";
        assertEquals("Amos Tembo", speakerOf(quotes(text), "The budget"));
    }

    @Test
    void aDefiniteTitleRefersToThePersonIntroducedWithIt() {
        String text = "Judge Nadia Falk opened the hearing. Lawyers for the city asked for more time.\n\n"
                + "\"This court has waited long enough,\" the judge said.";
        assertEquals("Nadia Falk", speakerOf(quotes(text), "This court"));
    }
}
