package org.dossier.clean.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.clean.CleanContext;
import org.dossier.clean.CorpusEvidence;
import org.dossier.clean.EnglishDictionary;
import org.dossier.clean.TextRepair;
import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class SubstitutionRepairTest {
    private static final String CLEAN = "The harbour authority announced on Monday that the northern terminal would "
            + "reopen next month. Engineers replaced the damaged cranes and strengthened the seawall, and the "
            + "authority expects container traffic to return to normal levels. Shipping agents welcomed the "
            + "announcement, saying the closure had sent cargo to rival ports along the coast. The authority's "
            + "chairman, Idris Okonkwo-Bell, said the repairs were finished ahead of schedule.";
    private final SubstitutionRepair repair = new SubstitutionRepair(EnglishDictionary.get());

    private TextRepair.Result run(String s) {
        return repair.repair(MappedText.of(s), null);
    }

    @Test
    void undoesAConsistentReplacementEverywhere() {
        String broken = CLEAN.replace("or", "wiq").replace("Or", "Wiq");
        TextRepair.Result r = run(broken);
        assertEquals(CLEAN, r.text().text());
        assertEquals("substitution", r.repair().orElseThrow().kind());
        assertTrue(r.repair().get().description().contains("'wiq' -> 'or'"), r.repair().get().description());
    }

    @Test
    void keepsTheCaseOfEachToken() {
        assertEquals("NORTHERN", SubstitutionRepair.replacePreservingCase("NWIQTHERN", "wiq", "or"));
        assertEquals("Ordinary", SubstitutionRepair.replacePreservingCase("Wiqdinary", "wiq", "or"));
        assertEquals("BankAmerica", SubstitutionRepair.replacePreservingCase("BankAqqrica", "qq", "me"));
    }

    @Test
    void leavesCleanTextWithUnknownNamesAlone() {
        String names = "Councillors Aoife Mbeki-Lund, Tariq Vanterpool and Ludmila Oyelaran met harbour pilots "
                + "from Kalmarsund, Vestvagoy and Tromsfjell. Mbeki-Lund, Vanterpool and Oyelaran will report back.";
        TextRepair.Result r = run(names);
        assertEquals(names, r.text().text());
        assertTrue(r.repair().isEmpty());
        assertTrue(run(CLEAN).repair().isEmpty());
    }

    @Test
    void repairedWordsKeepTheirRawOffsets() {
        String broken = CLEAN.replace("or", "wiq").replace("Or", "Wiq");
        MappedText out = run(broken).text();
        int at = out.text().indexOf("Monday");
        assertEquals(broken.indexOf("Monday"), out.rawOffset(at));
    }

    @Test
    void leavesValidGermanAlone() {
        // "-ischen" -> "-ically" would turn these adjectives into English words
        String german = "Die Stadt feierte am Sonntag ihren historischen Hafen mit einem typischen Fest. Nach den "
                + "politischen Debatten der letzten Wochen sprach der Bürgermeister von einer logischen Entscheidung "
                + "und erinnerte an den tragischen Brand im alten Speicher. Viele Besucher kamen mit dem Fahrrad, "
                + "und die Händler am Kai verkauften Fisch, Brot und Kaffee bis spät in den Abend hinein.";
        assertLeftAlone(german);
    }

    @Test
    void aCorpusInTheSameLanguageMakesItsWordsNoMoreEnglish() {
        // a German corpus knows every German word but one, which stays for the search to "repair"
        String german = "Die Händler verkauften am Kai Fisch und Brot. Sie sprachen über den historischen Hafen, "
                + "die typischen Boote, den politischen Streit, die logischen Folgen und den tragischen Brand.";
        CorpusEvidence germanCorpus = new CorpusEvidence() {
            @Override public int documentsWithLine(String group, String line) { return 0; }
            @Override public int documents(String group) { return 0; }
            @Override public long wordCount(String word) { return word.endsWith("ischen") ? 0 : 5; }
            @Override public int documentsWithWord(String word) { return (int) wordCount(word); }
        };
        TextRepair.Result r = repair.repair(MappedText.of(german), new CleanContext(null, null, germanCorpus));
        assertEquals(german, r.text().text());
    }

    @Test
    void leavesValidSpanishAlone() {
        // "-ación" -> "-ation" would turn these nouns into English words
        String spanish = "La declaración del consejo llegó después de una larga deliberación. Según la información "
                + "publicada el martes, la organización vecinal pidió una nueva votación sobre la situación del "
                + "puerto. Los pescadores esperan que el ayuntamiento escuche sus quejas antes del verano, cuando "
                + "llegan los barcos de turistas y el muelle se llena de gente.";
        assertLeftAlone(spanish);
    }

    private void assertLeftAlone(String valid) {
        TextRepair.Result r = run(valid);
        assertEquals(valid, r.text().text());
        assertTrue(r.repair().isEmpty(), () -> r.repair().get().description());
    }
}
