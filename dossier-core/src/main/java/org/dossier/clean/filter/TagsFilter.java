package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/** Drops tag and topic lists ("Tags: elections, courts", "Filed under: World"). */
public final class TagsFilter extends DropBlocksFilter {
    private static final Pattern TAGS = Pattern.compile(
            "^[\\[(*_]*(?:tags?|tagged(?:\\s+with)?|topics?|filed\\s+under|categor(?:y|ies)|keywords?|more\\s+about)\\s*[:|]",
            Pattern.CASE_INSENSITIVE);

    @Override
    boolean isBoilerplate(Block block, String text) {
        return BlockText.words(text) <= 40 && TAGS.matcher(text).find();
    }
}
