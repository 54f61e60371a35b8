package org.dossier.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.time.TemporalTagger;
import org.dossier.time.TimeMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TimeML reader and the TempEval-3 timex scores on a small document written for this test. */
class TimexScorerTest {
    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>own_example</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-20" functionInDocument="CREATION_TIME">March 20, 2026</TIMEX3></DCT>
            <TEXT>
            The ferry line reopened on <TIMEX3 tid="t1" type="DATE" value="2026-03-19">Thursday</TIMEX3> after \
            <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3> of repairs &amp; tests. \
            It last closed <TIMEX3 tid="t3" type="DATE" value="2025-12">in December</TIMEX3>, \
            and a new timetable starts <TIMEX3 tid="t4" type="DATE" value="2026-05-01">May 1</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTextSpansAndTheCreationDate(@TempDir Path dir) throws IOException {
        TimeMlDocument doc = read(dir);
        assertEquals(LocalDate.of(2026, 3, 20), doc.creationDate());
        assertEquals(4, doc.timexes().size());
        GoldTimex first = doc.timexes().get(0);
        assertEquals("Thursday", doc.text().substring(first.span().start(), first.span().end()));
        assertEquals("P3M", doc.timexes().get(1).value());
        assertEquals(true, doc.text().contains("repairs & tests"));
    }

    @Test
    void scoresExtentsAndValuesAsTheTaskDefinesThem(@TempDir Path dir) throws IOException {
        TimeMlDocument doc = read(dir);
        List<TimeMention> found = TemporalTagger.english().tag(doc.text(), doc.creationDate());
        TimexScorer score = new TimexScorer();
        List<String> errors = new ArrayList<>();
        score.add(doc, found, errors::add);
        // "December" overlaps the gold "in December" (relaxed, not strict); the other three are exact
        assertEquals(4, score.system());
        assertEquals(1.0, score.relaxedF1(), 1e-9);
        assertEquals(0.75, score.strictF1(), 1e-9);
        assertEquals(1.0, score.valueF1(), 1e-9);
        assertEquals(1, errors.size(), errors::toString);
    }

    @Test
    void countsMissesAndSpuriousMentions(@TempDir Path dir) throws IOException {
        TimeMlDocument doc = read(dir);
        List<TimeMention> found = TemporalTagger.english().tag("Nothing of note happened.", doc.creationDate());
        TimexScorer score = new TimexScorer();
        score.add(doc, found, line -> { });
        assertEquals(0.0, score.relaxedRecall(), 1e-9);
        assertEquals(0.0, score.valueF1(), 1e-9);
    }

    private static TimeMlDocument read(Path dir) throws IOException {
        Path file = dir.resolve("own_example.tml");
        Files.writeString(file, DOC);
        return TimeMlReader.read(file);
    }
}
