package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.model.DossierReport;
import org.dossier.model.DuplicateGroup;
import org.dossier.pipeline.Dossier;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The seed reports: one wire story arrives twice (a web scrape and a PDF-text copy), the other three
 * are different stories of one storyline. Only the two copies may be grouped — on the raw texts
 * (whatever the cleaner does) and through the whole pipeline.
 */
class SeedDuplicatesTest {

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.require("seeds"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String number(String source) {
        return Path.of(source).getFileName().toString().substring(0, 3);
    }

    @Test
    void rawSeedTextsGroupOnlyTheTwoCopies() throws IOException {
        Deduplicator d = new Deduplicator(DedupConfig.standard(), new InMemorySignatureStore());
        for (Path p : seeds()) d.add(number(p.toString()), Files.readString(p, StandardCharsets.UTF_8), CopyTraits.UNKNOWN);
        List<DuplicateGroup> groups = d.result().groups();
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(Set.of("001", "002"), Set.copyOf(groups.get(0).members()));
    }

    @Test
    void analyzeReportsTheCopiesAsOneGroup() throws IOException {
        DossierReport report = Dossier.standard().analyze(List.of(SharedData.require("seeds").toString()), p -> { });
        List<DuplicateGroup> groups = report.duplicates();
        assertEquals(1, groups.size(), groups.toString());
        Set<String> sources = report.articles().stream().filter(a -> groups.get(0).members().contains(a.id()))
                .map(a -> number(a.source())).collect(java.util.stream.Collectors.toSet());
        assertEquals(Set.of("001", "002"), sources);
    }
}
