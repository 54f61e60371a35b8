package org.dossier.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.junit.jupiter.api.Test;

/** The repairs on top of the toolkit's name tags, each on sentences written for the test. */
class EntityRulesTest {
    private static List<EntityMention> mentions(String text) {
        return WarmAnnotator.annotate(text).entities();
    }

    private static boolean has(List<EntityMention> ms, String text, EntityType type) {
        return ms.stream().anyMatch(m -> m.text().equals(text) && m.type() == type);
    }

    @Test
    void namesInsideMarkupAreFound() {
        List<EntityMention> ms = mentions("The award went to **Helga Brandvold** and [Ravi Menon](#) on Friday.");
        assertTrue(has(ms, "Helga Brandvold", EntityType.PERSON), ms.toString());
        assertTrue(has(ms, "Ravi Menon", EntityType.PERSON), ms.toString());
    }

    @Test
    void pronounsAndUrlsAreNeverEntities() {
        List<EntityMention> ms = mentions("He said she would publish the list at https://example.org/2024/03/07/list today.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equalsIgnoreCase("he") || m.text().equalsIgnoreCase("she")), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("example")), ms.toString());
    }

    @Test
    void aNameSplitBeforeItsHeadNounIsJoined() {
        List<EntityMention> ms = mentions("Grain exports collapsed after the fall of the Soviet Union, and the Finance Ministry froze prices.");
        assertTrue(has(ms, "Soviet Union", EntityType.LOCATION), ms.toString());
        assertFalse(has(ms, "Soviet", EntityType.OTHER), ms.toString());
    }

    @Test
    void aBylineStaysOffTheHeadlineAndTheBody() {
        List<EntityMention> ms = mentions("Harvest Festival Draws Record Crowd\nBy Jonas Whitfield\nThousands came to the valley on Saturday.");
        assertTrue(has(ms, "Jonas Whitfield", EntityType.PERSON), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("By ") || m.text().contains("Crowd")), ms.toString());
    }

    @Test
    void softWrappedNamesStayWhole() {
        String text = "Officials from the ministry held a long meeting with envoys of the United\nStates on the border question.";
        List<EntityMention> ms = mentions(text);
        assertTrue(has(ms, "United States", EntityType.LOCATION), ms.toString());
    }

    @Test
    void demonymAdjectivesAreNotEntities() {
        List<EntityMention> ms = mentions("The Norwegian delegation met Canadian officials in Oslo.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Norwegian") || m.text().equals("Canadian")), ms.toString());
        assertTrue(has(ms, "Oslo", EntityType.LOCATION), ms.toString());
    }

    @Test
    void headlinePhrasesAreNotOrganizationsUnlessTheBodyNamesThem() {
        String text = "Port Workers Strike Over Pay As Harbor Authority Stalls Talks\n"
                + "Dock workers walked out on Monday. The Harbor Authority said talks would resume.";
        List<EntityMention> ms = mentions(text);
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Strike") || m.text().contains("Stalls")), ms.toString());
    }

    @Test
    void aNameInAppositionToAnAgencyIsAnOrganization() {
        List<EntityMention> ms = mentions("The figure was confirmed by the state news agency, Kovra, on Tuesday.");
        assertFalse(has(ms, "Kovra", EntityType.PERSON), ms.toString());
    }
}
