package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/** Drops advertisement markers and sponsored slots ("Advertisement", "Story continues below advertisement"). */
public final class AdvertisementFilter extends DropBlocksFilter {
    private static final Pattern AD = Pattern.compile(
            "^[\\[(*_\\s-]*(?:advertisement|advertising|advert|ad|ads|sponsored(?:\\s+content)?|paid\\s+(?:content|post)"
                    + "|promoted(?:\\s+content)?|partner\\s+content|(?:story|article)\\s+continues\\s+(?:below|after)(?:\\s+(?:the\\s+)?advertisement)?"
                    + "|continue\\s+reading\\s+(?:below|the\\s+main\\s+story)|scroll\\s+(?:down\\s+)?to\\s+continue(?:\\s+with\\s+content)?)"
                    + "(?:\\s*[-:\u2013\u2014]\\s*scroll\\s+to\\s+continue(?:\\s+with\\s+content)?)?[\\])*_.\\s-]*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    boolean isBoilerplate(Block block, String text) {
        return BlockText.words(text) <= 10 && AD.matcher(text).matches();
    }
}
