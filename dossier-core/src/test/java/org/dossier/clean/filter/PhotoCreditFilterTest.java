package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.clean.CleanFixtures;
import org.junit.jupiter.api.Test;

class PhotoCreditFilterTest {
    private final PhotoCreditFilter filter = new PhotoCreditFilter();

    @Test
    void dropsCreditAndTheCaptionAboveIt() {
        String text = "The harbour master walks along the flooded pier in Eastport on Monday.\n\n"
                + "Photo by Lena Park / Coastline Weekly\n\n"
                + "Floodwater reached the ferry terminal overnight, officials said.";
        assertEquals(List.of("Floodwater reached the ferry terminal overnight, officials said."), CleanFixtures.run(filter, text));
    }

    @Test
    void keepsABodyParagraphAboveACredit() {
        String text = "Officials said the terminal would stay closed until the water receded.\n\n"
                + "[Photo Credit: Harbour Authority, CC BY 4.0]\n\n"
                + "Repairs are expected to take a month.";
        assertEquals(List.of("Officials said the terminal would stay closed until the water receded.",
                "Repairs are expected to take a month."), CleanFixtures.run(filter, text));
    }

    @Test
    void keepsSentencesThatOnlyMentionPhotos() {
        String text = "Photographs of the damage were shared widely on Tuesday.";
        assertEquals(List.of(text), CleanFixtures.run(filter, text));
    }

    @Test
    void dropsACaptionEndingInItsOwnCredit() {
        String text = "Ferries tied up at the Eastport quay on Friday. Photo: Coastwire\n\n"
                + "The terminal reopened on Friday after the storm. The photo: a crane lying on the quay, said the mayor.";
        assertEquals(List.of("The terminal reopened on Friday after the storm. The photo: a crane lying on the quay, said the mayor."),
                CleanFixtures.run(filter, text));
    }
}
