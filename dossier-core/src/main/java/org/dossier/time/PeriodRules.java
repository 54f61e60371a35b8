package org.dossier.time;

import static org.dossier.time.CalendarRules.edgeMod;
import static org.dossier.time.CalendarRules.g;
import static org.dossier.time.CalendarRules.precededBy;
import static org.dossier.time.Lexicon.SEASON;
import static org.dossier.time.Lexicon.YEAR;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for parts of a year: quarters ("the third quarter of 2025", "fourth-quarter", "the
 * latest quarter"), halves ("the first half of 2024"), seasons ("the summer of 2024", "last
 * fall", "this winter") and fixed-date holidays ("Christmas Eve").
 */
final class PeriodRules {
    private PeriodRules() {}

    private static final String QUARTER_ORDINAL = "(?<o>first|second|third|fourth|final|1st|2nd|3rd|4th)";

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("quarter-adjective", "(?:(?<y3>" + YEAR + ")\\s+)?(?:fiscal[- ])?" + QUARTER_ORDINAL + "-(?<qw>quarter)", PeriodRules::quarter),
                TimexRule.of("quarter", "(?:(?<the>the)\\s+)?(?:(?<y3>" + YEAR + ")\\s+)?(?:(?<rel>latest|last|current|previous|past|next|coming|year-ago|year-earlier|comparable)\\s+)?"
                        + "(?:fiscal\\s)?(?:" + QUARTER_ORDINAL + "\\s)?(?:fiscal\\s)?(?<qw>quarter|period)"
                        + "(?:\\s+of\\s+(?:fiscal\\s+)?(?<y>" + YEAR + ")|,?\\s+(?<y2>" + YEAR + "))?", PeriodRules::quarter),
                TimexRule.of("half", "(?:the\\s+)?(?<o>first|second|last|latter)\\s+half(?:\\s+of\\s+(?:(?<y>" + YEAR + ")|(?<rel>this|last|next)\\s+year|the\\s+year))?",
                        PeriodRules::half),
                TimexRule.of("season-year", "(?:(?<q>early|late|mid-?)\\s*)?(?:the\\s+)?(?<s>" + SEASON + ")\\s+(?:of\\s+)?(?<y>" + YEAR + ")",
                        PeriodRules::seasonYear),
                TimexRule.of("season", "(?:(?<rel>last|next|this|this past|this coming|coming|past|the)\\s+)?(?:(?<q>early|late|mid-?)\\s*)?(?<s>" + SEASON + ")",
                        PeriodRules::season),
                TimexRule.of("holiday", "(?<h>christmas eve|christmas day|christmas|new year's eve|new year's day|new year’s eve|new year’s day"
                        + "|independence day|halloween|valentine's day|valentine’s day|boxing day)(?:,?\\s+(?<y>" + YEAR + "))?", PeriodRules::holiday));
    }

    private static Reading quarter(Matcher m, String text) {
        String ordinal = g(m, "o");
        String rel = g(m, "rel");
        String year = g(m, "y") != null ? g(m, "y") : g(m, "y2") != null ? g(m, "y2") : g(m, "y3");
        boolean period = m.group("qw").equalsIgnoreCase("period");
        if (Character.isUpperCase(m.group("qw").charAt(0)) && ordinal == null && rel == null) return null;
        if (period && (rel == null || ordinal != null)) return null;
        if (ordinal != null) {
            int n = ordinalQuarter(ordinal);
            if (year != null) return Reading.fixed(TimexType.DATE, year + "-Q" + n);
            if (rel != null && rel.toLowerCase(Locale.ROOT).startsWith("year-")) {
                return Reading.relative(TimexType.DATE, new RelativeDate(Grain.QUARTER, -1, n, 0, Direction.SAME, ""));
            }
            return Reading.relative(TimexType.DATE, RelativeDate.named(Grain.QUARTER, n, Direction.PAST));
        }
        if (g(m, "the") == null && rel == null) return null;
        if (year != null) return null;
        int offset = -1;
        if (rel != null) {
            offset = switch (rel.toLowerCase(Locale.ROOT)) {
                case "current" -> 0;
                case "next", "coming" -> 1;
                case "year-ago", "year-earlier", "comparable" -> -5;
                case "previous" -> -2;
                default -> -1;
            };
        }
        return Reading.relative(TimexType.DATE, RelativeDate.shift(Grain.QUARTER, offset));
    }

    private static int ordinalQuarter(String o) {
        String w = o.toLowerCase(Locale.ROOT);
        if (w.startsWith("f") && !w.equals("first")) return w.equals("fourth") ? 4 : 4;
        return Lexicon.ordinal(w);
    }

    private static Reading half(Matcher m, String text) {
        int n = m.group("o").equalsIgnoreCase("first") ? 1 : 2;
        if (n == 2 && g(m, "y") == null && g(m, "rel") == null && !m.group().toLowerCase(Locale.ROOT).contains(" of ")) {
            if (!m.group("o").equalsIgnoreCase("second")) return null;
        }
        if (m.group("y") != null) return Reading.fixed(TimexType.DATE, m.group("y") + "-H" + n);
        String rel = g(m, "rel");
        if (rel != null) {
            int offset = rel.equalsIgnoreCase("last") ? -1 : rel.equalsIgnoreCase("next") ? 1 : 0;
            return Reading.relative(TimexType.DATE, new RelativeDate(Grain.HALF, offset, n, 0, Direction.SAME, ""));
        }
        return Reading.relative(TimexType.DATE, RelativeDate.named(Grain.HALF, n, Direction.BY_TENSE));
    }

    private static Reading seasonYear(Matcher m, String text) {
        String code = new String[] {"SP", "SU", "FA", "WI"}[Lexicon.season(m.group("s")) - 1];
        return Reading.fixed(TimexType.DATE, m.group("y") + "-" + code).withMod(edgeMod(m));
    }

    private static Reading season(Matcher m, String text) {
        String rel = g(m, "rel");
        String s = m.group("s").toLowerCase(Locale.ROOT);
        if (rel == null && g(m, "q") == null && (s.equals("fall") || !precededBy(text, m.start(), "in|during|since|by|until|through|this|last|next|of"))) {
            return null;
        }
        boolean introduced = precededBy(text, m.start(), "in|during|since|by|until|through|of|over");
        if (s.equals("fall") && (rel == null || rel.equalsIgnoreCase("the")) && !introduced) return null;
        Direction d = Direction.BY_TENSE;
        if (rel != null) {
            d = switch (rel.toLowerCase(Locale.ROOT)) {
                case "last", "past", "this past" -> Direction.STRICT_PAST;
                case "next", "coming", "this coming" -> Direction.STRICT_FUTURE;
                case "this" -> Direction.NEAREST;
                default -> Direction.BY_TENSE;
            };
        }
        if (text.regionMatches(true, m.end(), " of", 0, 3) || text.regionMatches(true, m.end(), " season", 0, 7)) {
            if (rel == null || rel.equalsIgnoreCase("the")) return null;
        }
        return Reading.relative(TimexType.DATE, RelativeDate.named(Grain.SEASON, Lexicon.season(s), d)).withMod(edgeMod(m));
    }

    private static Reading holiday(Matcher m, String text) {
        String h = m.group("h").toLowerCase(Locale.ROOT).replace('’', '\'');
        if (!Character.isUpperCase(m.group("h").charAt(0))) return null;
        int month;
        int day;
        if (h.startsWith("christmas eve")) { month = 12; day = 24; }
        else if (h.startsWith("christmas") || h.equals("boxing day")) { month = 12; day = h.startsWith("boxing") ? 26 : 25; }
        else if (h.equals("new year's eve")) { month = 12; day = 31; }
        else if (h.startsWith("new year")) { month = 1; day = 1; }
        else if (h.startsWith("independence")) { month = 7; day = 4; }
        else if (h.startsWith("halloween")) { month = 10; day = 31; }
        else { month = 2; day = 14; }
        if (m.group("y") != null) return CalendarRules.calendarDay(Integer.parseInt(m.group("y")), month, day);
        return Reading.relative(TimexType.DATE, RelativeDate.named(Grain.MONTH, month, Direction.BY_TENSE).withDay(day));
    }
}
