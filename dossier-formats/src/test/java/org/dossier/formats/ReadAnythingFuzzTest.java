package org.dossier.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dossier.source.Problem;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of detection, container expansion and parsing. Tagged {@code fuzz} and
 * left out of the default test run, because Jazzer instruments every class it loads (slow with
 * Tika). Replay the kept inputs (in the test resources) with
 * {@code ./mvnw -pl dossier-core,dossier-formats test -Dtest=ReadAnythingFuzzTest -Dfuzz.groups=fuzz
 * -Dsurefire.failIfNoSpecifiedTests=false}, and fuzz for real by adding {@code JAZZER_FUZZ=1}.
 * The quick fixed-seed mutation run in the default suite is {@link ReadAnythingTest}.
 */
@Tag("fuzz")
class ReadAnythingFuzzTest {
    private static final String[] NAMES = {"in.txt", "in.md", "in.html", "in.pdf", "in.docx", "in.odt",
        "in.jsonl", "in.json", "in.xml", "in.warc.gz", "in.zip", "in"};

    @FuzzTest(maxDuration = "60s")
    void anyBytesEndAsDocumentsOrProblemLines(FuzzedDataProvider data) {
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        ReadAnything.Outcome outcome = ReadAnything.read(name, data.consumeRemainingAsBytes());
        for (Problem p : outcome.problems()) {
            assertTrue(p.source().startsWith(name) && !p.reason().contains("\n"), p.toString());
        }
    }
}
