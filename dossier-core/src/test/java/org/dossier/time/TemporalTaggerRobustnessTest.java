package org.dossier.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** Odd input never breaks the tagger, and re-anchoring undated text equals tagging it dated. */
class TemporalTaggerRobustnessTest {
    private static final TemporalTagger TAGGER = TemporalTagger.english();
    private static final String[] PIECES = {"March", "30", "February 30, 2026", "2/31/2024", "-", "–", "1994", "since",
        "the", "next", "day", "later", "a year earlier", "Q", "quarter", "third", "ago", "last", "Friday", "night", " ",
        "\n", ".", "G.", "'90s", "mid-", "99th century", "9999 years", "1,000,000 days", "$", "%", "May", "’s", "noon"};

    @Test
    void survivesRandomMixturesOfTimeWords() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
            String text = sb.toString();
            LocalDate anchor = random.nextBoolean() ? null : LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            for (TimeMention m : TAGGER.tag(text, anchor)) {
                assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
                assertTrue(m.value() != null && !m.value().isEmpty(), text);
            }
        }
    }

    @Test
    void reanchoringSharedArticlesEqualsTaggingThemDated() throws IOException {
        Path seeds = SharedData.require("seeds");
        LocalDate anchor = LocalDate.of(2026, 3, 20);
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                List<TimeMention> undated = TAGGER.tag(text, null);
                assertEquals(TAGGER.tag(text, anchor), TemporalTagger.reanchor(undated, anchor), f.toString());
            }
        }
    }
}
