package org.dossier.clean.filter;

import java.util.List;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.clean.LineKey;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;

/**
 * Takes the headline out of the body: the article's title is metadata, and a body that starts
 * with it repeats it. Blocks the parser marked {@link BlockKind#TITLE} go, and so does a first
 * block that equals a title candidate. In formats without structure (text, Markdown, PDF text,
 * where every block is a paragraph), a first block shaped like a headline goes too: one line, at
 * most 25 words, not ending a sentence, and followed by body text.
 */
public final class HeadlineFilter implements BlockFilter {
    static final int MAX_HEADLINE_WORDS = 25;

    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        List<Block> kept = blocks.stream().filter(b -> b.kind() != BlockKind.TITLE).toList();
        if (kept.size() < 2) return kept;
        Block first = kept.get(0);
        String text = BlockText.of(first);
        boolean isTitle = matchesTitleCandidate(text, context)
                || (!isStructured(first) && looksLikeHeadline(text) && hasBodyAfter(kept));
        return isTitle ? kept.subList(1, kept.size()) : kept;
    }

    private static boolean matchesTitleCandidate(String text, CleanContext context) {
        if (context == null || context.parsed() == null) return false;
        String key = LineKey.of(text);
        if (key.isEmpty()) return false;
        for (MetadataCandidate c : context.parsed().metadata()) {
            if (c.field() == MetadataField.TITLE && LineKey.of(c.value()).equals(key)) return true;
        }
        return false;
    }

    /** Blocks from a DOM carry an element path; their headline is marked by the parser. */
    private static boolean isStructured(Block block) {
        return block.path().contains(">");
    }

    static boolean looksLikeHeadline(String text) {
        int words = BlockText.words(text);
        return BlockText.isSingleLine(text) && words >= 2 && words <= MAX_HEADLINE_WORDS
                && !BlockText.endsSentence(text) && !text.endsWith(",") && !text.endsWith(":")
                && !BlockText.startsAsContinuation(text);
    }

    private static boolean hasBodyAfter(List<Block> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            String t = BlockText.of(blocks.get(i));
            if (BlockText.words(t) >= 12 && BlockText.endsSentence(t)) return true;
        }
        return false;
    }
}
