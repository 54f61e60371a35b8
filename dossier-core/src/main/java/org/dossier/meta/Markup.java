package org.dossier.meta;

import java.util.regex.Pattern;

/**
 * Removes the Markdown residue that text copies of articles carry ("# Headline", "**By**",
 * "[AFP](#)") so that metadata lines read as plain text. Only for reading metadata: the body's
 * own cleaning is the cleaner's job.
 */
final class Markup {
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:#{1,6}|>+)\\s*");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]+)]\\((?:[^)]*)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|(?<![\\w_])_(?=\\S)|(?<=\\S)_(?![\\w_])");

    private Markup() {}

    static String strip(String line) {
        String s = HEADING.matcher(line).replaceFirst("");
        s = LIST_MARK.matcher(s).replaceFirst("");
        s = LINK.matcher(s).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("");
        return s.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
    }
}
