package org.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.parse.Block;
import org.dossier.pipeline.Dossier;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cleaning outcomes the seed reports must show, checked by general properties rather than by
 * their words: no markup or boilerplate left, no paragraph repeated or broken, hard line breaks
 * gone, the corrupted copy repaired, and every substantial paragraph of each raw file present.
 */
class SeedCleaningTest {
    private static final Map<String, Article> BY_NUMBER = new TreeMap<>();
    private static Path seeds;

    @BeforeAll
    static void cleanSeeds() {
        seeds = SharedData.require("seeds");
        List<Article> out = new ArrayList<>();
        Dossier.standard().articles(List.of(seeds.toString()), p -> { }, out::add);
        for (Article a : out) BY_NUMBER.put(Path.of(a.source()).getFileName().toString().substring(0, 3), a);
        assertEquals(5, BY_NUMBER.size());
    }

    private static String text(String number) {
        return BY_NUMBER.get(number).text();
    }

    private static List<String> paragraphs(String number) {
        return List.of(text(number).split("\n\n"));
    }

    @Test
    void markdownResidueIsGone() {
        for (String n : BY_NUMBER.keySet()) {
            String t = text(n);
            for (String mark : new String[] {"**", "](", "<http", "](#)"}) assertFalse(t.contains(mark), n + ": " + mark);
        }
    }

    @Test
    void noParagraphIsRepeatedInsideAnother() {
        for (String n : BY_NUMBER.keySet()) {
            List<String> keys = paragraphs(n).stream().map(LineKey::of).toList();
            for (int i = 0; i < keys.size(); i++) {
                for (int j = 0; j < keys.size(); j++) {
                    if (i != j && keys.get(i).split(" ").length >= 6) {
                        assertFalse(keys.get(j).contains(keys.get(i)), n + ": paragraph " + i + " repeated in " + j);
                    }
                }
            }
        }
    }

    @Test
    void noParagraphStopsMidSentenceBeforeItsContinuation() {
        for (String n : BY_NUMBER.keySet()) {
            List<String> ps = paragraphs(n);
            for (int i = 0; i + 1 < ps.size(); i++) {
                char next = ps.get(i + 1).charAt(0);
                boolean continues = Character.isLowerCase(next) || Character.isDigit(next);
                assertFalse(continues && !ps.get(i).matches("(?s).*[.!?\"\u201d]$"), n + ": broken at paragraph " + i);
            }
        }
    }

    @Test
    void hardLineBreaksAreReflowed() {
        for (String n : BY_NUMBER.keySet()) {
            for (String p : paragraphs(n)) assertFalse(p.contains("\n"), n + ": line break inside a paragraph");
        }
    }

    @Test
    void blogBoilerplateIsGone() {
        for (String n : BY_NUMBER.keySet()) {
            String t = text(n).toLowerCase(Locale.ROOT);
            for (String b : new String[] {"leave a reply", "email address will not be published", "min read", "mins read",
                    "photo credit", "read more", "related article", "original url", "latest from", "photo by"}) {
                assertFalse(t.contains(b), n + ": " + b);
            }
            assertFalse(t.startsWith("by"), n + ": byline");
        }
    }

    @Test
    void theCorruptedCopyIsRepaired() {
        EnglishDictionary dictionary = EnglishDictionary.get();
        Article repaired = BY_NUMBER.values().stream().filter(a -> !a.repairs().isEmpty()).findFirst().orElseThrow();
        assertEquals("substitution", repaired.repairs().get(0).kind());
        assertTrue(repaired.repairs().get(0).count() >= 5);
        assertTrue(unknownWords(repaired.text(), dictionary) < unknownWords(raw(repaired), dictionary));
        assertEquals(1, BY_NUMBER.values().stream().filter(a -> !a.repairs().isEmpty()).count());
    }

    @Test
    void everyBodyIsComplete() {
        for (String n : BY_NUMBER.keySet()) {
            Article a = BY_NUMBER.get(n);
            String cleaned = LineKey.of(a.text());
            Cleaner none = new Cleaner(List.of(new org.dossier.clean.filter.MarkdownResidue(),
                    new org.dossier.clean.filter.LineReflow(EnglishDictionary.get())), List.of());
            String raw = raw(a);
            List<Block> rawBlocks = none.clean(CleanFixtures.raw(raw), CleanFixtures.parse(raw), CorpusEvidence.NONE).blocks();
            for (Block b : rawBlocks) {
                String key = LineKey.of(b.text());
                if (key.split(" ").length >= 25 && a.repairs().isEmpty()) assertTrue(cleaned.contains(key), n + ": lost " + key);
            }
            assertTrue(a.text().length() > 1500, n);
        }
    }

    private static String raw(Article a) {
        try {
            return Files.readString(Path.of(a.source()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long unknownWords(String text, EnglishDictionary dictionary) {
        long[] n = {0};
        Words.forEach(text, (s, e) -> {
            if (!dictionary.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) n[0]++;
        });
        return n[0];
    }
}
