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

    /**
     * A metadata field (title, author, outlet) of the same document with the repairs its body
     * needed. The field went through the same broken decoding or find-and-replace as the body, but
     * is too short to carry evidence of its own, so the repairs run on the field joined to the
     * body as it was before repair (the kept blocks) and decide with the body's evidence. A field of a document whose body needed no repair is
     * returned as it is.
     */
    public String repairField(String field, CleanedText cleaned, RawDocument document, ParsedDocument parsed,
            CorpusEvidence corpus) {
        if (field == null || field.isBlank() || cleaned.repairs().isEmpty()) return field;
        String line = field.replaceAll("\\s+", " ").strip();
        CleanContext context = new CleanContext(document, parsed, corpus);
        MappedText text = MappedText.of(line + "\n\n" + join(cleaned.blocks()).text());
        for (TextRepair repair : repairs) {
            text = repair.repair(text, context).text();
        }
        String joined = text.text();
        int end = joined.indexOf("\n\n");
        return end <= 0 ? field : joined.substring(0, end);
    }

    /**
     * Joins blocks into paragraphs separated by one blank line, in one pass (appending block by
     * block would copy the text once per block). The separator maps to the end of the block before it.
     */
    static MappedText join(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        int[] raw = new int[64];
        int n = 0;
        for (Block block : blocks) {
            MappedText t = block.text().strip();
            if (t.length() == 0) continue;
            if (n > 0) {
                int at = raw[n];   // the end sentinel of what came before
                raw = ensure(raw, n + 3);
                text.append("\n\n");
                raw[n++] = at;
                raw[n++] = at;
            }
            raw = ensure(raw, n + t.length() + 1);
            text.append(t.text());
            for (int i = 0; i <= t.length(); i++) raw[n + i] = t.rawOffset(i);
            n += t.length();
        }
        return n == 0 ? MappedText.empty() : MappedText.of(text.toString(), java.util.Arrays.copyOf(raw, n + 1));
    }

    private static int[] ensure(int[] array, int size) {
        return size <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(size, array.length * 2));
    }
}
