package org.dossier.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date at the precision a text gave it: a day, a month, a season or a year, held as
 * the interval of days it covers, with the ISO form it prints as. Events are dated with these,
 * because "in December" and "on 19 March" are different claims about precision.
 */
public record DateValue(LocalDate start, LocalDate end, String iso) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public static DateValue day(LocalDate d) {
        return new DateValue(d, d, d.toString());
    }

    /** Reads a TIMEX3 date value; {@code null} for underspecified, impossible or non-calendar values. */
    public static DateValue parse(String value) {
        if (value == null) return null;
        try {
            return read(value);
        } catch (java.time.DateTimeException e) {
            return null;  // "September 31" in a text: a typo, not a date
        }
    }

    private static DateValue read(String value) {
        Matcher m = DAY.matcher(value);
        if (m.matches()) return day(LocalDate.parse(value));
        m = MONTH.matcher(value);
        if (m.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new DateValue(ym.atDay(1), ym.atEndOfMonth(), value);
        }
        m = SEASON.matcher(value);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            int first = switch (m.group(2)) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA", "AU" -> 9;
                default -> 12;
            };
            YearMonth from = YearMonth.of(y, first);
            YearMonth to = from.plusMonths(2);
            return new DateValue(from.atDay(1), to.atEndOfMonth(), from + "/" + to);
        }
        m = YEAR.matcher(value);
        if (m.matches()) {
            int y = Integer.parseInt(value);
            return new DateValue(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), value);
        }
        return null;
    }

    public boolean isDay() {
        return start.equals(end);
    }

    public boolean isMonthOrFiner() {
        return ChronoUnit.DAYS.between(start, end) <= 31;
    }

    /** Whether the two could name the same happening, allowing {@code slackDays} of reporting drift. */
    public boolean compatible(DateValue o, int slackDays) {
        return !start.isAfter(o.end.plusDays(slackDays)) && !o.start.isAfter(end.plusDays(slackDays));
    }

    @Override
    public String toString() {
        return iso;
    }
}
