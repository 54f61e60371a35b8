package org.dossier.clean.filter;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.parse.Block;

/**
 * Drops share bars: "Share this article", "Share on Facebook", or a short run of network and
 * action names ("Facebook Twitter Email Print"). A block counts as a bar when it starts with a
 * share phrase, or when nearly all of its few words are share vocabulary.
 */
public final class ShareBarFilter extends DropBlocksFilter {
    private static final Pattern SHARE_PHRASE = Pattern.compile(
            "^[\\[(*_]*(?:share\\s+(?:this|on|via|the|article|story|page|to)|share\\s*:|click\\s+to\\s+(?:share|email|print)"
                    + "|tweet\\s+this|email\\s+this|copy\\s+link|copied\\s+to\\s+clipboard)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "sharing", "tweet", "email", "e-mail",
            "print", "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "messenger",
            "copy", "link", "save", "comment", "comments", "flipboard", "bluesky", "threads", "mastodon", "sms", "more",
            "on", "via", "this", "article", "story", "gift", "url");

    @Override
    boolean isBoilerplate(Block block, String text) {
        int words = BlockText.words(text);
        if (words == 0 || words > 14) return false;
        if (SHARE_PHRASE.matcher(text).find()) return true;
        int share = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (SHARE_WORDS.contains(w)) share++;
        }
        return words >= 2 && share >= 2 && share * 10 >= words * 8;
    }
}
