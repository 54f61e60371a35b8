package org.dossier.clean;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.parse.Block;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.parse.TextParser;
import org.dossier.source.RawDocument;

/** Builds blocks and contexts from fixture text the way the text parser would. */
public final class CleanFixtures {
    private CleanFixtures() {}

    public static RawDocument raw(String text) {
        return RawDocument.of("fixture.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    public static ParsedDocument parse(String text) {
        try {
            return new TextParser().parse(raw(text));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Block> blocks(String text) {
        return parse(text).blocks();
    }

    public static CleanContext context(String text) {
        return new CleanContext(raw(text), parse(text), CorpusEvidence.NONE);
    }

    /** Runs one filter over the blocks of {@code text}. */
    public static List<String> run(BlockFilter filter, String text) {
        return texts(filter.apply(blocks(text), context(text)));
    }

    public static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> b.text().text()).toList();
    }
}
