package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each block-dropping filter against boilerplate it must drop and body text of a similar shape it
 * must keep.
 */
class BoilerplateFiltersTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new BylineFilter(), "By Marta Ojeda", "By the end of the season, the ferry had carried twice as many cars."),
                Arguments.of(new BylineFilter(), "By: MO | Harbour Desk", "By Tuesday the ice had cleared from the channel."),
                Arguments.of(new BylineFilter(), "Reporting by Ana Lind; Editing by Tom Reyes", "Reporting on the strike was difficult for local papers."),
                Arguments.of(new ReadingTimeFilter(), "4 min read", "The vote took four minutes to read aloud in the chamber."),
                Arguments.of(new ReadingTimeFilter(), "Reading time: 6 minutes", "Reading the report took the committee six weeks."),
                Arguments.of(new ShareBarFilter(), "Share this article", "Shareholders approved the merger on Friday."),
                Arguments.of(new ShareBarFilter(), "Facebook Twitter Email Print", "Facebook said it would appeal the fine."),
                Arguments.of(new NewsletterPromptFilter(), "Sign up for our weekly harbour newsletter",
                        "Dockworkers signed up for the new training scheme in large numbers."),
                Arguments.of(new NewsletterPromptFilter(), "Get the top stories delivered to your inbox. Enter your email address below.",
                        "The mayor said the plan would be delivered within a year."),
                Arguments.of(new RelatedLinksFilter(), "Related article: Ferry operator cuts winter routes",
                        "Related costs rose sharply after the storm, the operator said."),
                Arguments.of(new RelatedLinksFilter(), "[READ MORE: Port strike enters second week]",
                        "Readers wrote in to say the port should stay open."),
                Arguments.of(new RelatedLinksFilter(), "Read the full story and the readers' comments on our site.",
                        "Readers of the full report will find the figures on page four."),
                Arguments.of(new RelatedLinksFilter(), "The post Ferry fares rise appeared first on Coastline Weekly.",
                        "The post office appeared first on the list of buildings to be sold."),
                Arguments.of(new BylineFilter(), "Ama Osei, West Africa correspondent",
                        "Ama Osei, a correspondent for the paper, was at the harbour when the crane fell."),
                Arguments.of(new CopyrightFilter(), "Harbour Wire Digest – subscriber copy. Not for redistribution.",
                        "The council said the report was not for the public until the inquiry ended."),
                Arguments.of(new FooterFilter(), "The Valley Post is published every Friday. Letters to the editor: post@valley.example",
                        "The budget is published every spring, the council said, and it will be late this year."),
                Arguments.of(new FooterFilter(), "Letters to the editor: post@valley.example",
                        "Letters to the council went unanswered for months, residents said."),
                Arguments.of(new TagsFilter(), "Tags: ports, shipping, strikes", "Tagging of migrating seals began in 2019."),
                Arguments.of(new AdvertisementFilter(), "Advertisement", "Advertisements for the ferry appeared on buses."),
                Arguments.of(new AdvertisementFilter(), "Story continues below advertisement", "The story continues to unfold."),
                Arguments.of(new CopyrightFilter(), "\u00a9 2025 Harbour Media Group. All rights reserved.",
                        "The copyright dispute between the two papers went to court."),
                Arguments.of(new FooterFilter(), "Contact us | Privacy Policy | Terms of Use",
                        "Residents were asked to contact the council about the policy."),
                Arguments.of(new SourceUrlResidueFilter(), "Original url:", "The original plan was to open the bridge in May."),
                Arguments.of(new SourceUrlResidueFilter(), "https://harbour.example/news/ferry-fares", "The fares are listed on the operator's site."),
                Arguments.of(new SourceUrlResidueFilter(), "This article originally appeared on Coastline Weekly.",
                        "The idea originally appeared in a 1998 council report on coastal transport."),
                Arguments.of(new DateLineFilter(), "April 2, 2025", "On April 2, 2025, the ferry ran aground near the pier."),
                Arguments.of(new DateLineFilter(), "Updated: 14 May 2024 09:30 BST", "Updated timetables will be posted next week."));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void dropsBoilerplateKeepsBody(BlockFilter filter, String boilerplate, String body) {
        String text = boilerplate + "\n\n" + body;
        assertEquals(List.of(body), CleanFixtures.run(filter, text), filter.name());
    }
}
