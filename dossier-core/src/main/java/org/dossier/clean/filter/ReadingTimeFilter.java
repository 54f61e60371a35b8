package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/** Drops "5 min read", "Reading time: 3 minutes", "2 mins read" and the like, alone or in a short metadata line. */
public final class ReadingTimeFilter extends DropBlocksFilter {
    private static final Pattern READ_TIME = Pattern.compile(
            "\\b\\d+\\s*-?\\s*(?:min|mins|minute|minutes)\\.?\\s+(?:read|listen|watch)\\b"
                    + "|\\b(?:estimated\\s+)?reading\\s+time\\s*:?\\s*\\d+",
            Pattern.CASE_INSENSITIVE);

    @Override
    boolean isBoilerplate(Block block, String text) {
        return BlockText.words(text) <= 14 && READ_TIME.matcher(text).find();
    }
}
