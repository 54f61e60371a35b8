package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.clean.LineKey;
import org.dossier.parse.Block;

/**
 * Drops a pull quote: a short block whose words appear again, in order, inside another block of
 * the same document (the designer lifted a line of the body and set it large). Also drops the
 * second of two identical blocks. The comparison ignores case, punctuation and quote marks, so a
 * pull quote set in quotes still matches the plain sentence in the body.
 *
 * <p>Only blocks of at least {@value #MIN_WORDS} words are compared: a short heading or a one-word
 * line appears inside body text by chance. A pull quote sits near the passage it lifts, so each
 * block is compared with the {@value #WINDOW} blocks on either side, which keeps a document of
 * thousands of blocks linear.
 */
public final class PullQuoteFilter implements BlockFilter {
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;
    static final int WINDOW = 60;

    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        int n = blocks.size();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) keys[i] = " " + LineKey.of(blocks.get(i).text()) + " ";
        List<Block> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!isRepeat(i, keys)) kept.add(blocks.get(i));
        }
        return kept;
    }

    private static boolean isRepeat(int i, String[] keys) {
        String key = keys[i];
        int words = BlockText.words(key);
        if (words < MIN_WORDS || words > MAX_WORDS) return false;
        for (int j = Math.max(0, i - WINDOW); j < Math.min(keys.length, i + WINDOW + 1); j++) {
            if (j == i) continue;
            boolean longer = keys[j].length() > key.length();
            boolean sameEarlier = keys[j].length() == key.length() && j < i;
            if ((longer || sameEarlier) && keys[j].contains(key)) return true;
        }
        return false;
    }
}
