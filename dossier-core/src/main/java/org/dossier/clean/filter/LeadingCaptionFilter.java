package org.dossier.clean.filter;

import java.util.List;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.parse.Block;

/**
 * Drops a photo caption left at the top of the body when the picture itself was lost in saving
 * (copied text keeps the caption, not the image or its credit). Only the first block is looked
 * at, only when more text follows, and only when it has the shape of a caption
 * ({@link CaptionShape}): a lead paragraph reports in the past tense, a caption describes a scene
 * in the present.
 */
public final class LeadingCaptionFilter implements BlockFilter {
    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        if (blocks.size() < 2) return blocks;
        String first = BlockText.of(blocks.get(0));
        boolean lead = BlockText.words(BlockText.of(blocks.get(1))) >= 12 && BlockText.endsSentence(first);
        return lead && CaptionShape.looksLikeCaption(first) ? blocks.subList(1, blocks.size()) : blocks;
    }
}
