package org.dossier.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The misses list names each missed and unwanted segment with its page and half. */
class MissesTest {
    @Test
    void missedAndUnwantedSegmentsByPage() {
        List<BenchmarkPage> pages = List.of(
                new BenchmarkPage("alpine-walks.html", null, new byte[0], null,
                        List.of("The path climbs", "past the  old hut"), List.of("Share this")),
                new BenchmarkPage("zinc-roofs.html", null, new byte[0], null, List.of("Zinc lasts"), List.of()));
        List<String> outputs = Arrays.asList("The path climbs steeply.\nShare this walk", null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Misses.print(new SegmentScorer(Path.of(".")), pages, outputs, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(List.of(
                "missed    development  alpine-walks.html  \"past the old hut\"",
                "unwanted  development  alpine-walks.html  \"Share this\"",
                "missed    held-out  zinc-roofs.html  \"Zinc lasts\""),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
