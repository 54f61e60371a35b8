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

    /** A rule whose match must not touch a letter, digit, apostrophe or hyphen on either side. */
    static TimexRule of(String name, String regex, Interpreter interpreter) {
        return compile(name, "(?<![\\w'’-])" + regex + "(?![\\w-])", interpreter);
    }

    /** A rule whose match may follow or precede a hyphen or dash ("2009-2010", "1990-91"). */
    static TimexRule besideDashes(String name, String regex, Interpreter interpreter) {
        return compile(name, "(?<![\\w'’])" + regex + "(?!\\w)", interpreter);
    }

    private static TimexRule compile(String name, String regex, Interpreter interpreter) {
        return new TimexRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), interpreter);
    }
}
