package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class BackReferenceFinderTest {
    private static final String AVALANCHE = """
            Avalanche buries ski lodge in Valmora

            An avalanche buried a ski lodge above the village of Valmora on Saturday, killing two guests, mountain rescue officials said. Six people were missing after the snow hit the lodge.

            Rescue teams from Brenzo searched the snow through the night.
            """;
    private static final String FACTORY_FIRE = """
            Fire destroys paint warehouse in Harlow Vale

            A fire destroyed a paint warehouse in the industrial estate of Harlow Vale on Monday, the county fire service said. No one was killed.

            Firefighters from three stations fought the blaze for five hours. Six people were treated for smoke.
            """;

    @Test
    void aBareEqualCountInAnotherStoryIsNoBackReference() {
        List<AnnotatedArticle> articles = FloodStory.annotate(List.of(
                FloodStory.article("avalanche", AVALANCHE, LocalDate.of(2025, 1, 11)),
                FloodStory.article("fire", FACTORY_FIRE, LocalDate.of(2025, 3, 3))));
        EventAnalysis result = EventStage.run(articles);
        assertEquals(2, result.events().size());
        assertEquals(2, result.storylines().size(), result.storylines().toString());
    }

    @Test
    void aCountBesideTheEarlierEventsNameIsOne() {
        String charged = """
                Lodge owner charged over deadly snow slide

                Prosecutors on Tuesday charged the owner of a mountain lodge with negligent homicide, saying he ignored a closure order from the district avalanche office.

                His lawyer said the lodge had been inspected twice during the winter and declared safe.

                The avalanche at Valmora killed six people in January.
                """;
        List<AnnotatedArticle> articles = FloodStory.annotate(List.of(
                FloodStory.article("avalanche", AVALANCHE.replace("killing two guests", "killing six people"),
                        LocalDate.of(2025, 1, 11)),
                FloodStory.article("charged", charged, LocalDate.of(2025, 4, 8))));
        EventAnalysis result = EventStage.run(articles);
        EventDraft later = result.events().stream().filter(e -> e.articles().contains("charged")).findFirst().orElseThrow();
        EventDraft earlier = result.events().stream().filter(e -> e.articles().contains("avalanche")).findFirst().orElseThrow();
        assertTrue(later.refersTo().contains(earlier.id()), result.events().toString());
        assertEquals(1, result.storylines().size());
    }
}
