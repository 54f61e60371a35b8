package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalChooserTest {
    private final CanonicalChooser chooser = new CanonicalChooser();

    private static DedupEntry entry(String id, int shingles, CopyTraits traits) {
        return new DedupEntry(id, new Signature(1L, shingles, new int[] {1}, new int[0]), traits);
    }

    @Test
    void mostCompleteCopyWinsOverCleanerTrimmedOne() {
        CanonicalChooser.Choice c = chooser.choose(List.of(
                entry("brief", 120, new CopyTraits(0, LocalDate.of(2026, 3, 1), "Daily", "AP")),
                entry("full", 400, new CopyTraits(2, null, null, null))));
        assertEquals("full", c.canonical().id());
        assertTrue(c.reason().startsWith("most complete text"), c.reason());
    }

    @Test
    void amongCompleteCopiesFewestRepairsWins() {
        CanonicalChooser.Choice c = chooser.choose(List.of(
                entry("corrupted", 400, new CopyTraits(14, LocalDate.of(2026, 3, 1), null, null)),
                entry("clean", 390, new CopyTraits(0, null, null, null))));
        assertEquals("clean", c.canonical().id());
        assertEquals("fewest repairs (0 repairs vs 14 repairs)", c.reason());
    }

    @Test
    void statedDateBeatsUndatedCopy() {
        CanonicalChooser.Choice c = chooser.choose(List.of(
                entry("undated", 400, CopyTraits.UNKNOWN),
                entry("dated", 395, new CopyTraits(0, LocalDate.of(2026, 3, 19), "Some Times", null))));
        assertEquals("dated", c.canonical().id());
        assertTrue(c.reason().contains("2026-03-19"), c.reason());
    }

    @Test
    void wireOriginalBeatsRepostAndCreditedCopy() {
        LocalDate day = LocalDate.of(2026, 3, 19);
        CanonicalChooser.Choice c = chooser.choose(List.of(
                entry("repost", 400, new CopyTraits(0, day, "Aggregator", null)),
                entry("credited", 400, new CopyTraits(0, day, "City Paper", "AFP")),
                entry("original", 398, new CopyTraits(0, day, "AFP", "AFP"))));
        assertEquals("original", c.canonical().id());
        assertTrue(c.reason().startsWith("original outlet (wire original AFP"), c.reason());
    }

    @Test
    void tiesFallBackToStableId() {
        CanonicalChooser.Choice c = chooser.choose(List.of(entry("b", 100, CopyTraits.UNKNOWN), entry("a", 100, CopyTraits.UNKNOWN)));
        assertEquals("a", c.canonical().id());
        assertEquals("smaller id (a vs b)", c.reason());
    }
}
