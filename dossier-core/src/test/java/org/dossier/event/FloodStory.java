package org.dossier.event;

import java.time.LocalDate;
import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.light.LightAnnotator;
import org.dossier.model.Article;
import org.dossier.text.MappedText;

/**
 * An invented two-event storyline (a river flood and, five weeks later, the money for new
 * embankments; same town, same mayor) plus an unrelated article, written for these tests.
 */
public final class FloodStory {
    public static final String FLOOD_DAY_ONE = """
            Floodwater kills four in Oberbruck
            By Mara Lind, Valley Tribune
            9 April 2024

            The river Selde burst its banks in Oberbruck on Monday, killing four people and forcing about 300 residents from their homes, the district fire service said.

            Mayor Lina Ortwein said the water rose faster than in any flood she could remember. The last big flood in the town, in March 2019, damaged 40 houses but killed no one.
            """;
    public static final String FLOOD_DAY_TWO = """
            Oberbruck flood toll rises

            OBERBRUCK, Germany, Apr 10 (Alpine Press) - Five people are now known to have died in Monday's flood in Oberbruck after rescuers found another body on Wednesday, the district fire service said.

            More than 250 residents spent a second night in emergency shelters. Mayor Lina Ortwein thanked the volunteers.
            """;
    public static final String FLOOD_TABLOID = """
            DOZENS FEARED DEAD IN VALLEY FLOOD

            The Selde swept through Oberbruck after days of rain, and the fire service says five people have been killed in the flood. Residents fled their homes along the river bank as rescuers searched the mud.
            """;
    public static final String DEFENCES = """
            Oberbruck council approves 12 million euros for flood defences
            By Mara Lind, Valley Tribune
            15 May 2024

            The Oberbruck town council on Tuesday approved 12 million euros to raise the embankments of the river Selde, five weeks after the flood that killed five people.

            Mayor Lina Ortwein said construction of the higher embankments would begin in the autumn.
            """;
    public static final String DEFENCES_BRIEF = """
            Selde embankments to be raised

            Oberbruck's town council voted on Tuesday to spend 12 million euros on raising the embankments along the Selde. Mayor Lina Ortwein called the council vote a promise to the families of the victims.
            """;
    public static final String BAKERY = """
            Family bakery opens second shop
            By Jon Weiss, Valley Tribune
            9 April 2024

            The Kranz family bakery opened a second shop in the market square of Talheim on Monday, creating six new jobs for bakers and sales staff.

            Owner Petra Kranz said the sourdough loaves had sold out by noon on the first day.
            """;

    private FloodStory() {}

    public static Article article(String id, String text, LocalDate published) {
        String title = text.lines().findFirst().orElse("");
        return new Article(id, id + ".txt", title, null, List.of(), null, published, false,
                published == null ? null : "test", null, "en", "text/plain", text, List.of(),
                MappedText.identity(text, 0).offsetMap());
    }

    /** The article as the cleaner gives it: the headline in the metadata only, the text after it. */
    public static Article moved(String id, String text, LocalDate published) {
        String title = text.lines().findFirst().orElse("");
        String body = text.substring(title.length()).stripLeading();
        return new Article(id, id + ".txt", title, null, List.of(), null, published, false,
                published == null ? null : "test", null, "en", "text/plain", body, List.of(),
                MappedText.identity(body, 0).offsetMap());
    }

    /** The story's articles with their headlines in the metadata only, as the cleaner makes them. */
    public static List<Article> headlinesInMetadata() {
        return articles().stream().map(a -> moved(a.id(), a.text(), a.published())).toList();
    }

    /** The story's articles with each headline also written as the text's first line. */
    public static List<Article> articles() {
        return List.of(article("flood-1", FLOOD_DAY_ONE, LocalDate.of(2024, 4, 9)),
                article("flood-2", FLOOD_DAY_TWO, LocalDate.of(2024, 4, 10)),
                article("flood-tabloid", FLOOD_TABLOID, null),
                article("defences", DEFENCES, LocalDate.of(2024, 5, 15)),
                article("defences-brief", DEFENCES_BRIEF, null),
                article("bakery", BAKERY, LocalDate.of(2024, 4, 9)));
    }

    public static List<AnnotatedArticle> annotated() {
        return annotate(articles());
    }

    public static List<AnnotatedArticle> annotate(List<Article> articles) {
        LightAnnotator annotator = new LightAnnotator();
        return articles.stream().map(annotator::annotate).toList();
    }
}
