package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.parse.Block;

/**
 * Base of the filters that drop whole blocks one at a time by looking at each block alone: the
 * subclass says which blocks are boilerplate, this class keeps the rest in order.
 */
abstract class DropBlocksFilter implements BlockFilter {
    @Override
    public final List<Block> apply(List<Block> blocks, CleanContext context) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!isBoilerplate(b, BlockText.of(b))) kept.add(b);
        }
        return kept;
    }

    /** True when {@code block} (whose stripped text is {@code text}) should go. */
    abstract boolean isBoilerplate(Block block, String text);
}
