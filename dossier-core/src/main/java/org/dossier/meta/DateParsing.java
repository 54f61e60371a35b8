package org.dossier.meta;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that pages and bylines write, in the forms news sites use: ISO-8601 with or
 * without time and offset, RFC 1123 ({@code Thu, 19 Mar 2026 10:00:00 GMT}), written dates in
 * English, German, French, Spanish, Italian, Portuguese and Dutch ({@code March 19, 2026},
 * {@code 19. März 2026}, {@code 19 de marzo de 2026}), numeric dates and epoch timestamps.
 *
 * <p>The date is always the calendar date <em>as written</em>: {@code 2026-03-19T23:30:00-05:00}
 * is 19 March, the local date of the newsroom that published it, not the UTC date (20 March).
 * Converting to UTC would move late-evening stories to the next day.
 */
public final class DateParsing {
    private static final Map<String, Integer> MONTHS = Months.NAMES;
    private static final String MONTH = Months.REGEX;

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d/.-])((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T.*)?$");
    private static final Pattern SLASH_YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<![\\d/.])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?iu)\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+)?(" + MONTH + ")\\.?,?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");

    private DateParsing() {}

    /** The date a metadata value states, or empty when it holds no complete date. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null) return Optional.empty();
        String v = value.strip();
        if (v.isEmpty()) return Optional.empty();
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant instant = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return Optional.of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
        }
        Matcher compact = COMPACT.matcher(v);
        if (compact.matches()) return date(compact.group(1), compact.group(2), compact.group(3));
        return find(v);
    }

    /** The first complete date (day, month and year) written anywhere in {@code text}. */
    public static Optional<LocalDate> find(String text) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, SLASH_YMD, MONTH_FIRST, DAY_FIRST, NUMERIC_DMY}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> d = fromMatch(p, m);
                if (d.isPresent()) {
                    if (best == null || m.start() < best.start) best = new Found(m.start(), d.get());
                    break;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.date);
    }

    /** Where the first date expression in {@code text} starts, or -1. */
    public static int indexOfDate(String text) {
        int first = -1;
        for (Pattern p : new Pattern[] {ISO, SLASH_YMD, MONTH_FIRST, DAY_FIRST, NUMERIC_DMY}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (fromMatch(p, m).isPresent()) {
                    if (first < 0 || m.start() < first) first = m.start();
                    break;
                }
            }
        }
        return first;
    }

    private static Optional<LocalDate> fromMatch(Pattern p, Matcher m) {
        if (p == ISO || p == SLASH_YMD) return date(m.group(1), m.group(2), m.group(3));
        if (p == MONTH_FIRST) return named(m.group(3), m.group(1), m.group(2));
        if (p == DAY_FIRST) return named(m.group(3), m.group(2), m.group(1));
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
        // 03/19/2026 can only be month-first; 19.03.2026 only day-first; dots and dashes are
        // day-first by convention, slashes month-first when both readings are possible.
        boolean monthFirst = a <= 12 && (b > 12 || m.group(2).equals("/"));
        return monthFirst ? date(m.group(4), m.group(1), m.group(3)) : date(m.group(4), m.group(3), m.group(1));
    }

    private static Optional<LocalDate> named(String year, String monthName, String day) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT).replace(".", ""));
        return month == null ? Optional.empty() : date(year, String.valueOf(month), day);
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record Found(int start, LocalDate date) {}
}
