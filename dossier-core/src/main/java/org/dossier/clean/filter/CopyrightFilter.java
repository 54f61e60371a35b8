package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/**
 * Drops copyright and reuse notices: "© 2025 Some Media Group", "Copyright 2024 ... All rights
 * reserved", the agencies' "may not be published, broadcast, rewritten or redistributed", and the
 * licence lines of subscription services ("subscriber copy", "not for redistribution").
 */
public final class CopyrightFilter extends DropBlocksFilter {
    private static final Pattern NOTICE = Pattern.compile(
            "\u00a9|\\(c\\)\\s*(?:19|20)\\d\\d|\\bcopyright\\b\\s*(?:\u00a9|\\(c\\)|(?:19|20)\\d\\d)|\\ball\\s+rights\\s+reserved\\b"
                    + "|\\bmay\\s+not\\s+be\\s+(?:published|reproduced|copied),?\\s+(?:broadcast|distributed|rewritten)"
                    + "|\\bnot\\s+for\\s+(?:re-?distribution|republication|resale|reproduction)\\b|\\bsubscriber\\s+copy\\b"
                    + "|\\bfor\\s+(?:personal|subscriber)\\s+use\\s+only\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    boolean isBoilerplate(Block block, String text) {
        return BlockText.words(text) <= 45 && NOTICE.matcher(text).find();
    }
}
