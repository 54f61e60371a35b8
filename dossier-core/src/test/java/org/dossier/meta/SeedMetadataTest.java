package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The seed reports (read from the shared folder): the rules are general, and these are real
 * articles they must handle. The checks are the ones the project promised for the seeds.
 */
class SeedMetadataTest {
    private static List<ArticleMetadata> seeds() throws IOException {
        Path dir = SharedData.require("seeds");
        List<ArticleMetadata> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir).sorted()) {
            for (Path f : files.toList()) out.add(MetaFixtures.text(Files.readString(f), null, Map.of()));
        }
        return out;
    }

    @Test
    void theSyndicatedCopyHasItsDateOutletAndWire() throws IOException {
        ArticleMetadata m = seeds().get(2);
        assertEquals(LocalDate.of(2026, 3, 19), m.published());
        assertEquals("The Moscow Times", m.outlet());
        assertEquals("AFP", m.wire());
    }

    @Test
    void everySeedWithAHeadlineLineGetsIt() throws IOException {
        List<ArticleMetadata> seeds = seeds();
        for (int i : new int[] {0, 2, 3, 4}) {
            assertFalse(seeds.get(i).title() == null, "seed " + i);
        }
        assertEquals(null, seeds.get(1).title(), "a photo caption is no headline");
        assertEquals("AP", seeds.get(0).wire());
    }

    @Test
    void noSiteNameTitlesAndNoJunkAuthors() throws IOException {
        for (ArticleMetadata m : seeds()) {
            if (m.title() != null) {
                assertFalse(m.outlet() != null && Titles.key(m.title()).equals(Titles.key(m.outlet())), m.title());
                assertFalse(m.title().endsWith("."), m.title());
            }
            for (String a : m.authors()) {
                assertFalse(a.toLowerCase().matches(".*(email|staff|brief|author|http|@).*"), a);
            }
        }
    }
}
