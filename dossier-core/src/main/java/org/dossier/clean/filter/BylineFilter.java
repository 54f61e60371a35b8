package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/**
 * Drops byline and credit lines: "By Jane Roe", "By: JR | Wire Brief", "Written by ...",
 * "Reporting by ...; Editing by ...", "Jane Roe, Nordic correspondent". Metadata has already read them from the parsed blocks; in the
 * body they are noise.
 *
 * <p>A byline names people or an agency, so the word after "By" must be capitalized ("By the end
 * of the year, ..." is a sentence), and the line must be short and not read as a finished
 * sentence, unless it is the agencies' "Reporting by" trailer or uses the "|" separator of a
 * byline bar.
 */
public final class BylineFilter extends DropBlocksFilter {
    private static final Pattern BY = Pattern.compile(
            "^[\\[(*_]*(?:(?:written|posted|story|words|published|text|report(?:ed)?|compiled)\\s+)?by\\s*:?\\s+[\\[(*_\"]*\\p{Lu}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_CASED = Pattern.compile("^[\\[(*_]*(?:[A-Za-z]+\\s+)?[Bb][Yy]\\b");
    private static final Pattern TRAILER = Pattern.compile(
            "^[\\[(]?\\s*(?:additional\\s+)?(?:reporting|writing|editing|compiled|produced)\\s+by\\b.*", Pattern.CASE_INSENSITIVE);

    /** "Jane Roe, Nordic correspondent": a name, a comma and a reporter's role, alone on a line. */
    private static final Pattern NAME_AND_ROLE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s*,\\s*(?:[\\p{L}-]+\\s+){0,3}"
                    + "(?i:correspondent|reporter|editor|writer|columnist|journalist|bureau\\s+chief)\\s*$");

    @Override
    boolean isBoilerplate(Block block, String text) {
        if (!BlockText.isSingleLine(text)) return false;
        int words = BlockText.words(text);
        if (TRAILER.matcher(text).matches() && words <= 40) return true;
        if (words <= 10 && NAME_AND_ROLE.matcher(text).matches()) return true;
        if (!BY.matcher(text).find() || !BY_CASED.matcher(text).find()) return false;
        if (text.contains("|")) return words <= 20;
        return words <= 12 && (!BlockText.endsSentence(text) || words <= 5);
    }
}
