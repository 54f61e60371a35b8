package org.dossier.clean;

import java.util.List;
import org.dossier.model.Repair;
import org.dossier.parse.Block;
import org.dossier.text.MappedText;

/**
 * The cleaner's output: the body text (mapped to the raw input), the blocks it was joined from,
 * and the repairs made.
 */
public record CleanedText(MappedText text, List<Block> blocks, List<Repair> repairs) {
    public CleanedText {
        blocks = List.copyOf(blocks);
        repairs = List.copyOf(repairs);
    }
}
