package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.clean.CorpusGroups;
import org.dossier.clean.LineKey;
import org.dossier.parse.Block;

/**
 * Drops lines that recur across many documents of one outlet: a slogan, a standard disclaimer,
 * a "Follow us" strip. The evidence comes from the corpus ({@link org.dossier.clean.CorpusEvidence})
 * gathered in a first pass. A line goes when the outlet has at least {@value #MIN_DOCUMENTS}
 * documents and the line is in at least {@value #MIN_SHARE_PERCENT}% of them (and in
 * {@value #MIN_DOCUMENTS} at least). Long lines are prose and never counted, so a background
 * paragraph an outlet repeats across a running story stays.
 */
public final class RecurringLineFilter implements BlockFilter {
    static final int MIN_DOCUMENTS = 3;
    static final int MIN_SHARE_PERCENT = 40;
    static final int MAX_WORDS = 40;

    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        if (context == null || context.corpus() == null || context.parsed() == null) return blocks;
        String group = CorpusGroups.of(context.document(), context.parsed());
        int docs = context.corpus().documents(group);
        if (group == null || docs < MIN_DOCUMENTS) return blocks;
        int needed = Math.max(MIN_DOCUMENTS, (docs * MIN_SHARE_PERCENT + 99) / 100);
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            List<int[]> lines = BlockLines.of(b.text());
            String text = b.text().text();
            Block kept = BlockLines.without(b, i -> {
                String key = LineKey.of(text.substring(lines.get(i)[0], lines.get(i)[1]));
                return !key.isEmpty() && BlockText.words(key) <= MAX_WORDS
                        && context.corpus().documentsWithLine(group, key) >= needed;
            });
            if (kept != null) out.add(kept);
        }
        return out;
    }
}
