package org.dossier.clean.filter;

import java.util.regex.Pattern;
import org.dossier.parse.Block;

/**
 * Drops blocks that hold only a publication or update stamp ("March 4, 2025", "Updated: 12 May
 * 2024 14:05 BST", "2025-03-04"). Metadata reads dates from the parsed blocks before cleaning; the
 * body should not start with one. A dateline that opens a sentence ("LONDON, March 4 (Agency) -
 * ...") is part of the paragraph and stays.
 */
public final class DateLineFilter extends DropBlocksFilter {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?";
    private static final String DATE = "(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+z?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})";
    private static final String TIME = "(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5}(?:[+-]\\d{1,2})?)?)";
    private static final Pattern STAMP = Pattern.compile(
            "^[\\[(*_\\s]*(?:(?:published|posted|updated|last\\s+updated|first\\s+published|modified|date)\\s*(?:on|at)?\\s*:?\\s*)?"
                    + "(?:" + WEEKDAY + "\\s+)?" + DATE + "(?:\\s*[,|\u00b7\u2022-]?\\s*" + TIME + ")?"
                    + "(?:\\s*[|\u00b7\u2022]\\s*(?:updated|last\\s+updated)?\\s*:?\\s*(?:" + DATE + ")?(?:\\s*,?\\s*" + TIME + ")?)?"
                    + "[\\])*_.\\s]*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    boolean isBoilerplate(Block block, String text) {
        return BlockText.words(text) <= 14 && STAMP.matcher(text).matches();
    }
}
