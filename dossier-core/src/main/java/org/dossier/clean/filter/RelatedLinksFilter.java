package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/**
 * Drops links to other articles: "Related article: ...", "READ MORE: ...", "See also ...",
 * "Also read ...", and short blocks that are almost all link text; and the teaser lines a feed
 * or a syndicated copy ends with ("Read the full story on our website", "Continue reading ...",
 * "The post ... appeared first on ...").
 */
public final class RelatedLinksFilter extends DropBlocksFilter {
    private static final Pattern LEAD_IN = Pattern.compile(
            "^[\\[(*_\\s]*(?:related(?:\\s+(?:articles?|stories|story|content|coverage|news|posts?|reading|links?))?"
                    + "|read\\s+more|read\\s+also|also\\s+read|read\\s+next|more\\s+on\\s+this(?:\\s+story)?|see\\s+also"
                    + "|recommended(?:\\s+reading)?|further\\s+reading|more\\s+reading|you\\s+may\\s+also\\s+like"
                    + "|also\\s+on\\s+\\S+|watch|listen|more)\\s*[:|\u2013\u2014>\u00bb-]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_MORE_ONLY = Pattern.compile(
            "^[\\[(*_\\s]*(?:read|see|show|load)\\s+more(?:\\s+(?:stories|articles|news|here))?[\\])*_.\u2026\\s]*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TEASER = Pattern.compile(
            "^[\\[(*_\\s]*(?:(?:click|tap)(?:\\s+here)?\\s+to\\s+)?(?:(?:read|see|view|get)\\s+the\\s+"
                    + "(?:full|whole|complete|entire|rest\\s+of\\s+the)\\s+(?:story|article|report|piece|post|interview)"
                    + "|continue\\s+reading\\b|keep\\s+reading\\b)"
                    + "|^the\\s+post\\s+.{1,200}\\s+appeared\\s+first\\s+on\\s+(?-i:\\p{Lu})[^.]{1,80}\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    boolean isBoilerplate(Block block, String text) {
        int words = BlockText.words(text);
        if (words > 40) return false;
        if (LEAD_IN.matcher(text).find() || READ_MORE_ONLY.matcher(text).matches()) return true;
        if (words <= 25 && TEASER.matcher(text).find()) return true;
        return block.linkDensity() >= 0.8 && words <= 20;
    }
}
