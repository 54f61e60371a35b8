package org.dossier.time;

import static org.dossier.time.Lexicon.DAY_NUM;
import static org.dossier.time.Lexicon.DAY_ORDINAL_WORD;
import static org.dossier.time.Lexicon.MONTH;
import static org.dossier.time.Lexicon.WEEKDAY;
import static org.dossier.time.Lexicon.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for calendar dates written out: full dates ("March 19th, 2026", "19 March 2026",
 * "2026-03-19", "3/19/2026"), month and year ("December 2025"), a month with a day but no year
 * (the year comes from the anchor, nearest occurrence), a bare month (the tense chooses which),
 * years, decades and centuries.
 */
final class CalendarRules {
    private CalendarRules() {}

    private static final String EDGE = "(?<q>early|late|mid|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)";
    private static final String REL = "(?<rel>last|next|this|this past|this coming|coming|past)";

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("month-day-year", "(?:(?<wd>" + WEEKDAY + "),?\\s+|(?<rel>last|next|this)\\s+)?(?<m>" + MONTH + ")\\s+(?:the\\s+)?(?<d>" + DAY_NUM + "|" + DAY_ORDINAL_WORD
                        + ")(?:,?\\s+(?<y>" + YEAR + "))?", CalendarRules::monthDay),
                TimexRule.of("day-month-year", "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<d>" + DAY_NUM + "|"
                        + DAY_ORDINAL_WORD + ")\\s+(?:of\\s+)?(?<m>" + MONTH + ")(?:,?\\s+(?<y>" + YEAR + "))?",
                        CalendarRules::monthDay),
                TimexRule.of("iso-date", "(?<y>" + YEAR + ")-(?<m>[01]\\d)-(?<d>[0-3]\\d)", CalendarRules::numericDate),
                TimexRule.of("us-numeric-date", "(?<m>1[0-2]|0?[1-9])/(?<d>[12]\\d|3[01]|0?[1-9])/(?<y>\\d{4}|\\d{2})",
                        CalendarRules::numericDate),
                TimexRule.of("month-year", "(?:" + EDGE + "[-\\s]+)?(?<m>" + MONTH + "),?\\s+(?:of\\s+)?(?<y>" + YEAR + ")",
                        CalendarRules::monthYear),
                TimexRule.of("month-relative-year", "(?:" + EDGE + "[-\\s]+)?(?<m>" + MONTH + ")\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year",
                        CalendarRules::monthRelativeYear),
                TimexRule.of("month", "(?:" + REL + "\\s+)?(?:" + EDGE + "\\s*)?(?<m>" + MONTH + ")", CalendarRules::month),
                TimexRule.besideDashes("year", "(?:" + EDGE + "[-\\s]+)?(?:(?:the\\s+)?(?:fiscal|calendar|financial|model|school)\\s+(?:year\\s+)?|the\\s+year\\s+)?(?<y>"
                        + YEAR + ")", CalendarRules::year),
                TimexRule.of("decade-word", "the\\s+(?:(?<q>early|late|mid)[-\\s]?)?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
                        CalendarRules::decadeWord),
                TimexRule.of("decade", "(?:the\\s+)?(?:(?<q>early|late|mid-?)\\s*)?(?<dec>(?:1[6-9]|20)?\\d0|'\\d0)'?s",
                        CalendarRules::decade),
                TimexRule.of("century", "(?:the\\s+)?(?:(?<q>early|late|mid-?)\\s*)?(?<o>" + DAY_ORDINAL_WORD
                        + "|\\d{1,2}(?:st|nd|rd|th))[- ]century", CalendarRules::century));
    }

    static String g(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Reading monthDay(Matcher m, String text) {
        int month = Lexicon.month(m.group("m"));
        int day = Lexicon.ordinal(m.group("d"));
        if (month == 0 || day < 1 || day > java.time.Month.of(month).maxLength()) return null;
        if (g(m, "wd") != null && Lexicon.weekday(m.group("wd")) == 0) return null;
        String y = m.group("y");
        if (y != null) return calendarDay(Integer.parseInt(y), month, day);
        if (m.group("m").equalsIgnoreCase("may") && !Character.isDigit(m.group("d").charAt(0))) return null;
        Direction d = Direction.BY_TENSE;
        String rel = g(m, "rel");
        if (rel != null) d = rel.equalsIgnoreCase("last") ? Direction.STRICT_PAST : rel.equalsIgnoreCase("next") ? Direction.STRICT_FUTURE : Direction.NEAREST;
        return Reading.relative(TimexType.DATE, RelativeDate.named(Grain.MONTH, month, d).withDay(day));
    }

    private static Reading numericDate(Matcher m, String text) {
        int month = Integer.parseInt(m.group("m"));
        int day = Integer.parseInt(m.group("d"));
        String y = m.group("y");
        if (y.length() == 2) y = (Integer.parseInt(y) > 40 ? "19" : "20") + y;
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        return calendarDay(Integer.parseInt(y), month, day);
    }

    private static Reading monthYear(Matcher m, String text) {
        int month = Lexicon.month(m.group("m"));
        if (month == 0) return null;
        return Reading.fixed(TimexType.DATE, String.format("%s-%02d", m.group("y"), month)).withMod(edgeMod(m));
    }

    private static Reading monthRelativeYear(Matcher m, String text) {
        int month = Lexicon.month(m.group("m"));
        if (month == 0) return null;
        int offset = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return Reading.relative(TimexType.DATE, new RelativeDate(Grain.MONTH, offset, month, 0, Direction.SAME, ""))
                .withMod(edgeMod(m));
    }

    private static Reading month(Matcher m, String text) {
        int month = Lexicon.month(m.group("m"));
        if (month == 0) return null;
        String rel = g(m, "rel");
        String name = m.group("m");
        if (name.length() <= 4 && !name.endsWith(".") && !name.matches("(?i)may|june|july")) return null;
        boolean weak = m.group("m").equalsIgnoreCase("may") || m.group("m").equalsIgnoreCase("march")
                || m.group("m").length() <= 4 && m.group("m").endsWith(".");
        if (rel == null && g(m, "q") == null && weak && !precededBy(text, m.start(), "in|since|by|until|till|through|of|from|during|before|after|to|and|or|between|early|late|mid")) {
            return null;
        }
        Direction d = Direction.BY_TENSE;
        if (rel != null) {
            d = switch (rel.toLowerCase(Locale.ROOT)) {
                case "last", "past", "this past" -> Direction.STRICT_PAST;
                case "next", "coming", "this coming" -> Direction.STRICT_FUTURE;
                default -> Direction.SAME;
            };
        }
        return Reading.relative(TimexType.DATE, RelativeDate.named(Grain.MONTH, month, d)).withMod(edgeMod(m));
    }

    private static Reading year(Matcher m, String text) {
        int end = m.end();
        String after = text.substring(end, Math.min(text.length(), end + 12));
        String before = text.substring(Math.max(0, m.start() - 3), m.start());
        boolean range = after.matches("^[-–](?:1[6-9]|20)\\d\\d\\b.*") || before.matches(".*\\d[-–]");
        if (!range && (before.endsWith("-") || after.startsWith("-"))) return null;
        if (range) return Reading.fixed(TimexType.DATE, m.group("y"));
        if (before.matches(".*[$€£#\\d.,]\\s?") || after.matches("^(?:\\s?%|\\s?-?\\s?\\d|,\\d|\\.\\d|\\s+(?:percent|per|people|troops|shares|feet|miles|meters|metres|units|cars|jobs)\\b).*")) {
            return null;
        }
        if (after.matches("^\\s+[a-z]+s\\b.*") && !after.matches("^\\s+(?:was|has|is|as|does|levels|results|figures|earnings|crisis|elections|games|olympics|this|its|his|plus|thus)\\b.*")
                && !m.group().contains(" ") && !precededBy(text, m.start(), "in|since|of|by|until|through|from|during|before|after|and|to|the|its|their|his|her|our|fiscal|calendar")) {
            return null;
        }
        return Reading.fixed(TimexType.DATE, m.group("y")).withMod(edgeMod(m));
    }

    private static Reading decade(Matcher m, String text) {
        String dec = m.group("dec");
        String digits;
        if (dec.startsWith("'")) digits = "19" + dec.charAt(1);
        else if (dec.length() == 2) {
            if (!m.group().toLowerCase(Locale.ROOT).startsWith("the")) return null;
            digits = "19" + dec.charAt(0);
        } else digits = dec.substring(0, 3);
        return Reading.fixed(TimexType.DATE, digits).withMod(edgeMod(m));
    }

    private static Reading decadeWord(Matcher m, String text) {
        String[] words = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
        int i = java.util.Arrays.asList(words).indexOf(m.group("w").toLowerCase(Locale.ROOT));
        return Reading.fixed(TimexType.DATE, "19" + (i + 2)).withMod(edgeMod(m));
    }

    private static Reading century(Matcher m, String text) {
        int n = Lexicon.ordinal(m.group("o"));
        if (n < 1 || n > 21) return null;
        return Reading.fixed(TimexType.DATE, String.format("%02d", n - 1)).withMod(edgeMod(m));
    }

    /** A fixed day, or null when the calendar has no such day ("February 30"). */
    static Reading calendarDay(int year, int month, int day) {
        try {
            return Reading.fixed(TimexType.DATE, LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String edgeMod(Matcher m) {
        String q = g(m, "q");
        return q == null ? null : Lexicon.mod(q.replace("-", ""));
    }

    /** Whether the word just before {@code pos} is one of the alternatives in {@code words}. */
    static boolean precededBy(String text, int pos, String words) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        int j = i;
        while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '-')) j--;
        String w = text.substring(j, i).toLowerCase(Locale.ROOT);
        return !w.isEmpty() && w.matches(words);
    }
}
