package org.dossier.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition rule: a pattern over the text and the reading it gives a match. Rules are
 * small and independent, like HeidelTime's; the tagger runs them all and keeps, where matches
 * overlap, the longest. An interpreter may return null to reject a match it cannot read.
 *
 * @param name        a short name, shown when debugging which rule fired
 * @param pattern     the pattern, matched case-insensitively at word boundaries
 * @param interpreter turns a match into a reading
 */
record TimexRule(String name, Pattern pattern, Interpreter interpreter) {
    /** Reads a match; {@code text} is the whole text, for looking around the match. */
    @FunctionalInterface
    interface Interpreter {
        Reading read(Matcher m, String text);
    }

    static TimexRule of(String name, String regex, Interpreter interpreter) {
        Pattern p = Pattern.compile("(?<![\\w'’-])" + regex + "(?![\\w-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new TimexRule(name, p, interpreter);
    }
}
