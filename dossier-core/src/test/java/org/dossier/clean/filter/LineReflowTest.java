package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.clean.CleanFixtures;
import org.dossier.clean.EnglishDictionary;
import org.junit.jupiter.api.Test;

class LineReflowTest {
    private final LineReflow reflow = new LineReflow(EnglishDictionary.get());

    @Test
    void joinsHardWrappedLinesAndSplitsAtIndentation() {
        String text = "The ferry company said on Tuesday that it would cut its winter timetable by\n"
                + "a third, blaming fuel costs and a shortage of trained deck crew this season.\n"
                + " Passengers on the island route will have two sailings a day instead of three,\n"
                + "the company said.";
        assertEquals(List.of(
                "The ferry company said on Tuesday that it would cut its winter timetable by a third, blaming fuel "
                        + "costs and a shortage of trained deck crew this season.",
                "Passengers on the island route will have two sailings a day instead of three, the company said."),
                CleanFixtures.run(reflow, text));
    }

    @Test
    void undoesHyphenationOnlyForRealWords() {
        String text = "The harbour authority says the govern-\nment must pay for a well-\nknown and long-\noverdue repair of the pier wall.";
        assertEquals(List.of("The harbour authority says the government must pay for a well-known and long-overdue repair of the pier wall."),
                CleanFixtures.run(reflow, text));
    }

    @Test
    void oneParagraphPerLineTextIsSplitAtEachLine() {
        String longLine = "The storm arrived earlier than forecast and pushed water over the sea wall, flooding the car park "
                + "beside the terminal and the ground floor of the ticket office, which had been refurbished only last spring.";
        String text = "Storm Hits Eastport\n" + longLine + "\nRepairs Begin\n" + longLine;
        assertEquals(List.of("Storm Hits Eastport", longLine, "Repairs Begin", longLine), CleanFixtures.run(reflow, text));
    }

    @Test
    void aLineStoppingMidSentenceJoinsALowerCaseContinuation() {
        String longLine = "The operator has moved dozens of sailings to the southern berth in recent weeks, with more changes planned for the spring months,";
        String text = longLine + "\nlargely because of the crane damage.";
        assertEquals(List.of(longLine + " largely because of the crane damage."), CleanFixtures.run(reflow, text));
    }
}
