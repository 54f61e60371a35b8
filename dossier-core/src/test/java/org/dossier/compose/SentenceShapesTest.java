package org.dossier.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SentenceShapesTest {
    private static Span statement(String text) {
        TaggedSentence s = LightTagger.tag(text).sentences().get(0);
        return SentenceShapes.statement(s, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Will the council find the money for the new embankments before the winter rains?",
        "By Tomas Vell and Greta Oss, Harbour Gazette staff writers in Lindvik",
        "Members of the rowing club from the lower town, pictured at the finish line",
        "\"We have waited long enough for a fair offer from the owners,\" he said on the quay.",
        "She said the pumps had been running since the early hours of the morning.",
        "But the ferry company did not say when the crossings would start again.",
        "WATER RISES AGAIN IN THE OLD HARBOUR AS STORM HITS THE COAST TONIGHT.",
        "Now the owners can at least count the damage,\" the harbour master said.",
    })
    void rejectsWhatCannotStandAlone(String text) {
        assertNull(statement(text), text);
    }

    @Test
    void keepsAStatementAndCutsItsDateline() {
        String text = "LINDVIK, Norway, May 3 (Coast Wire) - Storm waves flooded the old harbour of Lindvik on Friday, "
                + "forcing forty families from their homes, the fire brigade said.";
        Span kept = statement(text);
        assertEquals("Storm waves flooded", text.substring(kept.start(), kept.start() + 19));
        assertEquals(text.length(), kept.end());
    }

    @Test
    void keepsAQuotationWithItsNamedSpeaker() {
        String text = "\"We will rebuild every wall of the harbour before the autumn,\" said mayor Ingrid Sol on Friday.";
        assertEquals(new Span(0, text.length()), statement(text));
    }
}
