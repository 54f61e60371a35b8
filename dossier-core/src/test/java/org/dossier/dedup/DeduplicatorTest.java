package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.DuplicateGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeduplicatorTest {
    private static final DedupConfig CONFIG = DedupConfig.standard();
    private static final String BOILERPLATE = "Accept all cookies. Subscribe to our newsletter for the best of the week. "
            + "Follow us on every platform. Comments are closed. Copyright the publisher, all rights reserved.";

    @TempDir
    Path dir;

    private static Deduplicator inMemory() {
        return new Deduplicator(CONFIG, new InMemorySignatureStore());
    }

    @Test
    void groupsCopiesWithCanonicalAndReason() {
        Deduplicator d = inMemory();
        d.add("web", Stories.FERRY, new CopyTraits(0, LocalDate.of(2026, 2, 2), "Coast News", "Wire Agency"));
        d.add("pdf", Stories.FERRY.replace("\n\n", "\n"), CopyTraits.UNKNOWN);
        d.add("bridge", Stories.BRIDGE, CopyTraits.UNKNOWN);
        Deduplication result = d.result();
        assertEquals(1, result.groups().size());
        DuplicateGroup g = result.groups().get(0);
        assertEquals("web", g.canonical());
        assertEquals(Set.of("web", "pdf"), Set.copyOf(g.members()));
        assertEquals("syndicated", g.relation(), "a wire text carried by two outlets");
        assertTrue(g.canonicalReason().startsWith("stated publication date"), g.canonicalReason());
        assertFalse(result.isCanonical("pdf"));
        assertEquals("web", result.canonicalOf("pdf"));
        assertEquals(List.of("pdf"), result.copiesOf("web"));
        assertTrue(result.isCanonical("bridge"));
    }

    @Test
    void briefJoinsTheStoryItWasCutFrom() {
        Deduplicator d = inMemory();
        d.add("story", Stories.FERRY, CopyTraits.UNKNOWN);
        d.add("brief", Stories.FERRY.substring(0, Stories.FERRY.indexOf("Island council")), CopyTraits.UNKNOWN);
        DuplicateGroup g = d.result().groups().get(0);
        assertEquals("story", g.canonical());
        assertEquals("contained", g.relation());
        assertTrue(g.canonicalReason().startsWith("most complete text"), g.canonicalReason());
    }

    @Test
    void sameIdAddedTwiceIsANoOp() {
        Deduplicator d = inMemory();
        d.add("x", Stories.FERRY, CopyTraits.UNKNOWN);
        assertEquals(List.of(), d.add("x", Stories.FERRY, CopyTraits.UNKNOWN));
        assertEquals(1, d.size());
        assertTrue(d.result().groups().isEmpty());
    }

    @Test
    void laterRunMatchesStoredSignaturesWithoutTheirTexts() throws IOException {
        try (FileSignatureStore store = FileSignatureStore.inWorkspace(dir, CONFIG)) {
            Deduplicator d = new Deduplicator(CONFIG, store);
            d.add("ferry", Stories.FERRY, CopyTraits.UNKNOWN);
            d.add("bridge", Stories.BRIDGE, CopyTraits.UNKNOWN);
        }
        try (FileSignatureStore store = FileSignatureStore.inWorkspace(dir, CONFIG)) {
            Deduplicator d = new Deduplicator(CONFIG, store); // only signatures: the texts are gone
            assertEquals(2, d.size());
            List<Match> matches = d.add("ferry-copy", Stories.FERRY.replace("Monday", "Tuesday"), CopyTraits.UNKNOWN);
            assertEquals(1, matches.size());
            assertEquals("ferry", matches.get(0).id());
            assertEquals(Relation.NEAR, matches.get(0).relation());
        }
        try (FileSignatureStore store = FileSignatureStore.inWorkspace(dir, CONFIG)) {
            Deduplication result = new Deduplicator(CONFIG, store).result();
            assertEquals(Set.of("ferry", "ferry-copy"), Set.copyOf(result.groups().get(0).members()));
        }
    }

    @Test
    void interruptedWriteLosesNothingCommitted() throws IOException {
        Path file = dir.resolve(FileSignatureStore.FILE_NAME);
        Signer signer = new Signer(CONFIG);
        try (FileSignatureStore store = FileSignatureStore.open(file, CONFIG)) {
            store.append(new DedupEntry("a", signer.sign(Stories.FERRY), CopyTraits.UNKNOWN));
            store.append(new DedupEntry("b", signer.sign(Stories.BRIDGE), new CopyTraits(1, LocalDate.of(2025, 12, 1), "Paper", null)));
        }
        long committed = Files.size(file);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write(new byte[] {0, 0, 1, 0, 7, 7, 7}); // a record cut off mid-write
        }
        List<DedupEntry> read = new ArrayList<>();
        try (FileSignatureStore store = FileSignatureStore.open(file, CONFIG)) {
            assertEquals(committed, Files.size(file), "the torn tail is cut off");
            store.forEach(read::add);
            store.append(new DedupEntry("c", signer.sign("a third text"), CopyTraits.UNKNOWN));
        }
        assertEquals(List.of("a", "b"), read.stream().map(DedupEntry::id).toList());
        assertEquals(signer.sign(Stories.BRIDGE), read.get(1).signature());
        assertEquals(new CopyTraits(1, LocalDate.of(2025, 12, 1), "Paper", null), read.get(1).traits());
        List<String> after = new ArrayList<>();
        try (FileSignatureStore store = FileSignatureStore.open(file, CONFIG)) {
            store.forEach(e -> after.add(e.id()));
        }
        assertEquals(List.of("a", "b", "c"), after);
    }

    @Test
    void storeMadeWithAnotherConfigurationIsRefused() throws IOException {
        Path file = dir.resolve("sig.dsig");
        FileSignatureStore.open(file, CONFIG).close();
        DedupConfig other = CONFIG.withLsh(5, 64, 16);
        assertThrows(IOException.class, () -> FileSignatureStore.open(file, other));
    }

    @Test
    void degenerateTextsNeverCrashOrChainStories() {
        Deduplicator d = inMemory();
        d.add("empty", "", CopyTraits.UNKNOWN);
        d.add("punctuation", " -- ... ", CopyTraits.UNKNOWN);
        d.add("word", "Updated", CopyTraits.UNKNOWN);
        d.add("word-again", "updated.", CopyTraits.UNKNOWN);
        d.add("ferry", Stories.FERRY + "\n" + BOILERPLATE, CopyTraits.UNKNOWN);
        d.add("bridge", Stories.BRIDGE + "\n" + BOILERPLATE, CopyTraits.UNKNOWN);
        d.add("page-1", BOILERPLATE, CopyTraits.UNKNOWN);
        d.add("page-2", BOILERPLATE, CopyTraits.UNKNOWN);
        d.add("page-3", "\n" + BOILERPLATE.toUpperCase(), CopyTraits.UNKNOWN);
        List<DuplicateGroup> groups = d.result().groups();
        List<Set<String>> members = groups.stream().map(g -> Set.copyOf(g.members())).toList();
        assertTrue(members.contains(Set.of("word", "word-again")), members.toString());
        assertTrue(members.contains(Set.of("page-1", "page-2", "page-3")), "identical boilerplate pages are one exact group: " + members);
        assertEquals(2, groups.size(), "boilerplate shared by two stories must not join them: " + members);
        assertTrue(groups.stream().allMatch(g -> g.relation().equals("exact")));
    }

    @Test
    void tenMegabyteTextIsSignedAndItsCopyFound() {
        StringBuilder big = new StringBuilder();
        for (long seed = 0; big.length() < 10_000_000; seed++) big.append(Stories.filler(seed, 200)).append("\n\n");
        String text = big.toString();
        Signature sig = new Signer(CONFIG).sign(text);
        assertTrue(sig.sample().length <= CONFIG.maxSample());
        assertEquals(CONFIG.permutations(), sig.minHash().length);
        Deduplicator d = inMemory();
        d.add("big", text, CopyTraits.UNKNOWN);
        List<Match> m = d.add("big-copy", text.replace("harbour", "Harbour"), CopyTraits.UNKNOWN);
        assertEquals(1, m.size());
        assertEquals(Relation.EXACT, m.get(0).relation());
        List<Match> edited = d.add("big-edited", "Breaking: " + text.substring(0, text.length() - 5000), CopyTraits.UNKNOWN);
        assertEquals(2, edited.size());
        assertTrue(edited.stream().allMatch(x -> x.relation() == Relation.NEAR), edited.toString());
    }
}
