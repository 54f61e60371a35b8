package org.dossier.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sentence per normalizer rule, all anchored on Friday 2026-03-20 unless said otherwise. */
class TemporalTaggerTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 20);
    private static final TemporalTagger TAGGER = TemporalTagger.english();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // weekdays: tense picks the direction; explicit last/next are strict
        "The prisoners were freed on Thursday.            | Thursday                  | DATE     | 2026-03-19",
        "The talks will resume on Thursday.               | Thursday                  | DATE     | 2026-03-26",
        "Officials met last Friday.                        | last Friday               | DATE     | 2026-03-13",
        "The court ruled Friday.                           | Friday                    | DATE     | 2026-03-20",
        "The envoy postponed the visit until Tuesday.      | Tuesday                   | DATE     | 2026-03-24",
        "The offer had been due to expire Wednesday.       | Wednesday                 | DATE     | 2026-03-18",
        "The treaty is to be signed on Wednesday.          | Wednesday                 | DATE     | 2026-03-25",
        // months: a past report looks back, a plan looks ahead
        "A first group was released in December.           | December                  | DATE     | 2025-12",
        "Elections will be held in December.               | December                  | DATE     | 2026-12",
        "The exchange happened last December.              | last December             | DATE     | 2025-12",
        "The bank cut rates in January this year.          | January this year         | DATE     | 2026-01",
        // calendar dates
        "The ceasefire began on March 19th.                | March 19th                | DATE     | 2026-03-19",
        "The deal was signed on 19 March 2026.             | 19 March 2026             | DATE     | 2026-03-19",
        "The memo is dated 3/19/2026.                      | 3/19/2026                 | DATE     | 2026-03-19",
        "The law took effect on 2025-09-01.                | 2025-09-01                | DATE     | 2025-09-01",
        "The mill closed in September 2025.                | September 2025            | DATE     | 2025-09",
        "Sanctions have been in force since 1994.          | 1994                      | DATE     | 1994",
        "He was detained in the summer of 2024.            | the summer of 2024        | DATE     | 2024-SU",
        "Sales peaked in the 1990s.                        | the 1990s                 | DATE     | 199",
        "The chapel dates from the 19th century.           | the 19th century          | DATE     | 18",
        "Profit rose in the third quarter of 2025.         | the third quarter of 2025 | DATE     | 2025-Q3",
        "Profit rose in the third quarter.                 | the third quarter         | DATE     | 2025-Q3",
        "Output doubled in the first half of 2024.         | the first half of 2024    | DATE     | 2024-H1",
        "The shops stay shut until Christmas.              | Christmas                 | DATE     | 2026-12-25",
        // anchor offsets
        "Output fell last year.                            | last year                 | DATE     | 2025",
        "The minister spoke today.                         | today                     | DATE     | 2026-03-20",
        "He was arrested yesterday morning.                | yesterday morning         | TIME     | 2026-03-19TMO",
        "Trade grew by a fifth last week.                  | last week                 | DATE     | 2026-W11",
        "Fighting eased over the weekend.                  | the weekend               | DATE     | 2026-W11-WE",
        "The vote is scheduled for next month.             | next month                | DATE     | 2026-04",
        "Prices rose earlier this month.                   | earlier this month        | DATE     | 2026-03",
        "The plant opened two years ago.                   | two years ago             | DATE     | 2024",
        "The visit ended three days ago.                   | three days ago            | DATE     | 2026-03-17",
        "The blast happened at 3 p.m. Thursday.            | 3 p.m. Thursday           | TIME     | 2026-03-19T15:00",
        "Reporters gathered this morning.                  | this morning              | TIME     | 2026-03-20TMO",
        "Fighting resumed last summer.                     | last summer               | DATE     | 2025-SU",
        "Crowds gathered this past weekend.                | this past weekend         | DATE     | 2026-W11-WE",
        "The fund runs out at the end of 2026.             | the end of 2026           | DATE     | 2026",
        "Output recovered by mid-2025.                     | mid-2025                  | DATE     | 2025",
        // vague references
        "The country is now calmer.                        | now                       | DATE     | PRESENT_REF",
        "Unrest has grown recently.                        | recently                  | DATE     | PAST_REF",
        "Nobody knows what the future holds.               | the future                | DATE     | FUTURE_REF",
        // durations
        "He ruled for more than three decades.             | more than three decades   | DURATION | P30Y",
        "The strike lasted two days.                       | two days                  | DURATION | P2D",
        "Protests grew in recent months.                   | recent months             | DURATION | PXM",
        "Talks dragged on for years.                       | years                     | DURATION | PXY",
        "They signed a two-year contract.                  | two-year                  | DURATION | P2Y",
        "Inflation rose over the past 18 months.           | the past 18 months        | DURATION | P18M",
        "The flight took 90 minutes.                       | 90 minutes                | DURATION | PT90M",
        // recurrences
        "Patrols run every week.                           | every week                | SET      | P1W",
        "The paper appears daily.                          | daily                     | SET      | P1D",
        "The market opens every Monday.                    | every Monday              | SET      | XXXX-WXX-1",
        "The festival returns each July.                   | each July                 | SET      | XXXX-07",
        "Rents rose 4% a year.                             | a year                    | SET      | P1Y",
    })
    void normalizesEachRule(String sentence, String text, String type, String value) {
        TimeMention m = only(sentence, FRIDAY);
        assertEquals(text, m.text());
        assertEquals(type, m.type().name());
        assertEquals(value, m.value());
        assertEquals(text, sentence.substring(m.span().start(), m.span().end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials may meet again soon.",
        "Thousands joined the march on the capital.",
        "About 2000 troops were sent to the border.",
        "The fall in prices worried investors.",
        "A 35-year-old man was charged.",
        "He paid $1990 for the ticket.",
        "The claim first ran in the Sunday Times.",
        "She wrote for the Daily Mail as a student.",
    })
    void leavesNonTimeWordsAlone(String sentence) {
        assertEquals(List.of(), TAGGER.tag(sentence, FRIDAY));
    }

    @Test
    void initialsDoNotEndTheSentenceThatCarriesTheTense() {
        List<TimeMention> days = TAGGER.tag("The envoy met Maria K. Novak on Monday and Tuesday at her office.", FRIDAY);
        assertEquals("2026-03-16", days.get(0).value());
        assertEquals("2026-03-17", days.get(1).value());
    }

    @Test
    void countsEarlierAndLaterFromTheTimeLastMentioned() {
        List<TimeMention> ms = TAGGER.tag("He was arrested on May 3, 2025 and released two days later.", FRIDAY);
        assertEquals("2025-05-05", ms.get(1).value());
        assertEquals(AnchorBasis.PREVIOUS_MENTION, ms.get(1).basis());
        List<TimeMention> next = TAGGER.tag("The envoy landed on June 2, 2025 and met the minister the next day.", FRIDAY);
        assertEquals("2025-06-03", next.get(1).value());
        List<TimeMention> quarter = TAGGER.tag("Profit in the third quarter rose 8% from a year earlier.", FRIDAY);
        assertEquals("2024-Q3", quarter.get(1).value());
    }

    @Test
    void recordsQualifiersAsModifiers() {
        assertEquals("MORE_THAN", only("He ruled for more than three decades.", FRIDAY).mod());
        assertEquals("START", only("Prices rose earlier this month.", FRIDAY).mod());
        assertEquals("START", only("Prices rose in early 2025.", FRIDAY).mod());
        assertEquals("END", only("The fund runs out at the end of 2026.", FRIDAY).mod());
        assertEquals("MID", only("Output recovered by mid-2025.", FRIDAY).mod());
    }

    @Test
    void keepsTheAnchorAndHowItWasUsed() {
        TimeMention thursday = only("The prisoners were freed on Thursday.", FRIDAY);
        assertEquals(FRIDAY, thursday.anchor());
        assertEquals(AnchorBasis.ANCHOR_TENSE, thursday.basis());
        assertEquals("on", thursday.signal());
        TimeMention lastYear = only("Output fell last year.", FRIDAY);
        assertEquals(AnchorBasis.ANCHOR_OFFSET, lastYear.basis());
        assertEquals("YEAR -1", lastYear.relative());
        TimeMention year = only("The mill closed in 2019.", FRIDAY);
        assertEquals(AnchorBasis.ABSOLUTE, year.basis());
        assertEquals(null, year.anchor());
        assertEquals(AnchorBasis.VAGUE, only("Unrest has grown recently.", FRIDAY).basis());
    }

    @Test
    void givesIntervalsTheirBounds() {
        TimeMention since = only("Sanctions have been in force since 1994.", FRIDAY);
        assertEquals("1994", since.begin());
        assertEquals("2026-03-20", since.end());
        TimeMention past = only("Inflation rose over the past two years.", FRIDAY);
        assertEquals("2024-03-20", past.begin());
        assertEquals("2026-03-20", past.end());
        TimeMention next = only("The plan covers the next three months.", FRIDAY);
        assertEquals("2026-03-20", next.begin());
        assertEquals("2026-06-20", next.end());
    }

    @Test
    void linksRangesWrittenAsTwoDates() {
        List<TimeMention> dashed = TAGGER.tag("The 2009-2010 pandemic killed many.", FRIDAY);
        assertEquals(2, dashed.size());
        for (TimeMention m : dashed) {
            assertEquals("2009", m.begin());
            assertEquals("2010", m.end());
        }
        List<TimeMention> spelled = TAGGER.tag("The works run from March to May.", FRIDAY);
        assertEquals(2, spelled.size());
        assertEquals("2026-03", spelled.get(1).begin());
        assertEquals("2026-05", spelled.get(1).end());
    }

    @Test
    void undatedTextCanBeReanchoredLater() {
        String text = "Prisoners were freed on Thursday, months after a release last December.";
        List<TimeMention> undated = TAGGER.tag(text, null);
        TimeMention thursday = undated.get(0);
        assertEquals("XXXX-XX-XX", thursday.value());
        assertEquals(AnchorBasis.UNANCHORED, thursday.basis());
        assertEquals("XXXX-12", undated.get(undated.size() - 1).value());

        List<TimeMention> dated = TemporalTagger.reanchor(undated, FRIDAY);
        assertEquals("2026-03-19", dated.get(0).value());
        assertEquals(AnchorBasis.ANCHOR_TENSE, dated.get(0).basis());
        assertEquals(FRIDAY, dated.get(0).anchor());
        assertEquals("2025-12", dated.get(dated.size() - 1).value());
        assertEquals(TAGGER.tag(text, FRIDAY), dated);
    }

    @Test
    void reanchoringKeepsAbsoluteValuesAndRanges() {
        List<TimeMention> undated = TAGGER.tag("Between 2001 and 2005 output doubled; since 1994 it has grown.", null);
        List<TimeMention> dated = TemporalTagger.reanchor(undated, FRIDAY);
        assertEquals("2001", dated.get(0).value());
        assertEquals("2005", dated.get(1).end());
        assertEquals("2026-03-20", dated.get(2).end());
        assertTrue(undated.get(2).end().equals("PRESENT_REF"));
    }

    private static TimeMention only(String sentence, LocalDate anchor) {
        List<TimeMention> found = TAGGER.tag(sentence, anchor);
        assertEquals(1, found.size(), () -> "expected one mention in \"" + sentence + "\" but got " + found);
        return found.get(0);
    }
}
