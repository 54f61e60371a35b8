package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** Articles extracted on several threads are the same, in the same order, as on one. */
class ParallelArticlesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static List<String> run(int threads) {
        List<String> out = new ArrayList<>();
        Dossier.standard().withThreads(threads).articles(
                List.of(EXAMPLES.resolve("story").toString(), EXAMPLES.resolve("bad").toString()),
                problem -> out.add("problem " + problem),
                (Article a) -> out.add(a.id() + " " + a.title() + " " + a.published() + "\n" + a.text()));
        return out;
    }

    @Test
    void threadsChangeNothingButSpeed() {
        if (!Files.isDirectory(EXAMPLES)) return;
        List<String> one = run(1);
        assertFalse(one.isEmpty());
        assertEquals(one, run(2));
        assertEquals(one, run(3));
    }
}
