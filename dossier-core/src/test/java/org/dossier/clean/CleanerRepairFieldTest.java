package org.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CleanerRepairFieldTest {
    private static final String BODY = "The harbour authority announced on Monday that the northern terminal would "
            + "reopen next month. Engineers replaced the damaged cranes and strengthened the seawall, and the "
            + "authority expects container traffic to return to normal levels. Shipping agents welcomed the "
            + "announcement, saying the closure had sent cargo to rival ports along the coast. The authority's "
            + "chairman said the repairs were finished ahead of schedule, and that more work would follow.\n";
    private final Cleaner cleaner = StandardCleaner.create();

    private String field(String title, String body) {
        CleanedText cleaned = cleaner.clean(CleanFixtures.raw(body), CleanFixtures.parse(body), CorpusEvidence.NONE);
        return cleaner.repairField(title, cleaned, CleanFixtures.raw(body), CleanFixtures.parse(body), CorpusEvidence.NONE);
    }

    @Test
    void aTitleGetsTheSubstitutionItsBodyNeeded() {
        String broken = BODY.replace("or", "wiq").replace("Or", "Wiq");
        assertEquals("Northern terminal to reopen, authority says",
                field("Nwiqthern terminal to reopen, authwiqity says", broken));
    }

    @Test
    void aTitleGetsTheMojibakeRepairItsBodyNeeded() {
        String broken = BODY.replace("harbour", "Ålesund harbour").replace("Ålesund", "Ã…lesund");
        assertEquals("Ålesund terminal to reopen", field("Ã…lesund terminal to reopen", broken));
    }

    @Test
    void aFieldOfACleanDocumentIsLeftAsItIs() {
        String title = "Wiqd from the harbour";
        assertSame(title, field(title, BODY));
    }
}
