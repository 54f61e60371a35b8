package org.dossier.meta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenNlpLanguageIdentifierTest {
    private final LanguageIdentifier id = new OpenNlpLanguageIdentifier();

    @Test
    void identifiesCommonNewsLanguages() {
        assertEquals("en", id.identify("The river authority opened the new dam on Tuesday after a decade of delays, "
                + "and farmers downstream said the first season would decide whether it was worth it.").orElseThrow().language());
        assertEquals("de", id.identify("Die Flussbehörde hat den neuen Damm am Dienstag nach zehn Jahren Verzögerung "
                + "eröffnet, und die Bauern flussabwärts sagen, die erste Saison werde zeigen, ob es sich gelohnt hat.")
                .orElseThrow().language());
        assertEquals("fr", id.identify("L'autorité du fleuve a inauguré le nouveau barrage mardi après dix ans de retard, "
                + "et les agriculteurs en aval disent que la première saison dira si cela en valait la peine.")
                .orElseThrow().language());
    }

    @Test
    void tooShortToTell() {
        assertTrue(id.identify("Dam opens").isEmpty());
    }

    @Test
    void codesAreTwoLetters() {
        assertEquals("de", LanguageCodes.normalise("deu"));
        assertEquals("zh", LanguageCodes.normalise("cmn"));
        assertEquals("pt", LanguageCodes.normalise("pt_BR"));
        assertEquals("en", LanguageCodes.normalise("en-US"));
    }
}
