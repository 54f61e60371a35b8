package org.dossier.clean;

import java.util.List;
import org.dossier.parse.Block;

/**
 * One small cleaning step over a document's blocks: drops boilerplate blocks or rewrites their
 * text. Filters are chained by {@link Cleaner}, like the filters of an analysis chain, and each
 * must keep block text mapped to the raw input (work through {@link org.dossier.text.MappedText}).
 */
@FunctionalInterface
public interface BlockFilter {
    List<Block> apply(List<Block> blocks, CleanContext context);

    /** Name used in traces and configuration. */
    default String name() {
        return getClass().getSimpleName();
    }
}
