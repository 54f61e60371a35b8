package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/**
 * Drops site footers and consent banners that slipped into the body: short blocks holding two or
 * more site-furniture phrases ("Privacy Policy", "Terms of Use", "Contact us", "We use cookies",
 * "Accept all"), and a publisher's note on the publication ("The Valley Post is published every
 * Friday", "Letters to the editor: ...").
 */
public final class FooterFilter extends DropBlocksFilter {
    private static final Pattern CUE = Pattern.compile(
            "privacy\\s+(?:policy|notice|settings)|terms\\s+(?:of\\s+(?:use|service)|and\\s+conditions|&\\s+conditions)"
                    + "|cookie(?:s)?\\s+(?:policy|settings|preferences)|we\\s+use\\s+cookies|accept\\s+(?:all|cookies)"
                    + "|reject\\s+all|manage\\s+(?:preferences|consent)|contact\\s+us|about\\s+us|advertise\\s+with\\s+us"
                    + "|site\\s*map|accessibility\\s+statement|do\\s+not\\s+sell|back\\s+to\\s+top|skip\\s+to\\s+(?:main\\s+)?content",
            Pattern.CASE_INSENSITIVE);

    /** A publisher's note about the publication itself, not about the story. */
    private static final Pattern PUBLISHER_NOTE = Pattern.compile(
            "^(?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,5}\\s+is\\s+(?:published|printed|issued)\\s+(?:every|each|daily|weekly|monthly|twice)\\b"
                    + "|(?i:\\bletters\\s+to\\s+the\\s+editor)\\s*:");

    @Override
    boolean isBoilerplate(Block block, String text) {
        int words = BlockText.words(text);
        if (words > 60) return false;
        if (words <= 30 && PUBLISHER_NOTE.matcher(text).find()) return true;
        int n = BlockText.count(CUE, text);
        return n >= 2 || (n == 1 && words <= 4);
    }
}
