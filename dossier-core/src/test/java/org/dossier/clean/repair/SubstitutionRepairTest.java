package org.dossier.clean.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
