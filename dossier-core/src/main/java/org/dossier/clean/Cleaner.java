package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Repair;
import org.dossier.parse.Block;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;
import org.dossier.text.MappedText;

/**
 * The clean stage: block filters in order, then the kept blocks joined into paragraphs (separated
 * by a blank line), then text repairs in order.
 */
public final class Cleaner {
    private final List<BlockFilter> filters;
    private final List<TextRepair> repairs;

    public Cleaner(List<BlockFilter> filters, List<TextRepair> repairs) {
        this.filters = List.copyOf(filters);
        this.repairs = List.copyOf(repairs);
    }

    public CleanedText clean(RawDocument document, ParsedDocument parsed, CorpusEvidence corpus) {
        CleanContext context = new CleanContext(document, parsed, corpus);
        List<Block> blocks = parsed.blocks();
        for (BlockFilter filter : filters) {
            blocks = filter.apply(blocks, context);
        }
        MappedText text = join(blocks);
        List<Repair> done = new ArrayList<>();
        for (TextRepair repair : repairs) {
            TextRepair.Result result = repair.repair(text, context);
            text = result.text();
            result.repair().ifPresent(done::add);
        }
        return new CleanedText(text, blocks, done);
    }

    /** Joins blocks into paragraphs separated by one blank line. */
    static MappedText join(List<Block> blocks) {
        MappedText out = MappedText.empty();
        for (Block block : blocks) {
            MappedText t = block.text().strip();
            if (t.length() == 0) continue;
            if (out.length() > 0) out = out.append(MappedText.synthetic("\n\n", out.rawOffset(out.length())));
            out = out.append(t);
        }
        return out;
    }
}
