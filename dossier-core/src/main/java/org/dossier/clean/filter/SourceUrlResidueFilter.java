package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/**
 * Drops what a save or copy tool writes around an article: "Original url:", "Source URL:",
 * "Originally published at ...", "This article first appeared on ...", and blocks that are only
 * a URL.
 */
public final class SourceUrlResidueFilter extends DropBlocksFilter {
    private static final Pattern LABEL = Pattern.compile(
            "^[\\[(*_]*(?:original|source|canonical|article|page|permanent|perma|short)\\s*(?:url|link|address)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPEARED = Pattern.compile(
            "^[\\[(*_]*(?:this\\s+(?:article|story|post)\\s+)?(?:was\\s+)?(?:originally|first)\\s+(?:published|appeared|posted)\\s+(?:on|at|in|by)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_ONLY = Pattern.compile("^[\\[(<]*(?:https?://|www\\.)\\S+[\\])>]*$", Pattern.CASE_INSENSITIVE);

    @Override
    boolean isBoilerplate(Block block, String text) {
        int words = BlockText.words(text);
        if (URL_ONLY.matcher(text).matches()) return true;
        if (LABEL.matcher(text).find()) return words <= 12;
        return words <= 25 && APPEARED.matcher(text).find();
    }
}
