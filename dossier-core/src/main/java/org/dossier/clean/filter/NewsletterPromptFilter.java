package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/**
 * Drops newsletter and subscription prompts ("Sign up for our morning briefing", "Get the best
 * stories delivered to your inbox"). A short block goes when it opens with a sign-up call, or
 * when it holds two or more distinct sign-up phrases.
 */
public final class NewsletterPromptFilter extends DropBlocksFilter {
    private static final Pattern OPENING = Pattern.compile(
            "^[\\[(*_]*(?:sign\\s+up|subscribe|get\\s+our|join\\s+our|register\\s+for|don'?t\\s+miss|want\\s+more|"
                    + "never\\s+miss|stay\\s+(?:informed|updated|up\\s+to\\s+date)|enter\\s+your\\s+email)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CUE = Pattern.compile(
            "newsletters?|sign\\s+up|subscribe|subscription|inbox|e-?mail\\s+address|unsubscribe|mailing\\s+list|"
                    + "privacy\\s+(?:policy|notice)|delivered\\s+(?:to\\s+you|every|daily|weekly)",
            Pattern.CASE_INSENSITIVE);

    @Override
    boolean isBoilerplate(Block block, String text) {
        int words = BlockText.words(text);
        if (words > 45) return false;
        int n = BlockText.count(CUE, text);
        if (OPENING.matcher(text).find() && (n >= 1 || words <= 12)) return true;
        return n >= 2;
    }
}
