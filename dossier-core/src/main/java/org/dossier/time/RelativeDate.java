package org.dossier.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * An anchor-free reading of a relative date, resolved against any anchor on demand. Keeping the
 * recipe rather than only its result is what lets an undated article's mentions be re-anchored
 * once its date is inferred.
 *
 * <p>Two shapes:
 * <ul>
 *   <li>no {@code target}: the anchor's own period moved by {@code offset} units of {@code grain}
 *       ("yesterday" = DAY -1, "last year" = YEAR -1, "this month" = MONTH 0);</li>
 *   <li>a {@code target} (weekday 1-7, month 1-12, quarter 1-4, half 1-2, season 1-4 =
 *       spring..winter) picked by {@code direction} ("on Thursday", "in December", "the third
 *       quarter"); with {@link Direction#SAME}, {@code offset} moves the enclosing period instead
 *       ("December of last year" = MONTH 12, SAME, offset -1).</li>
 * </ul>
 *
 * @param grain      the unit
 * @param offset     units to move (or enclosing periods, with a target and SAME)
 * @param target     the named day/month/quarter/half/season, or 0
 * @param day        a day of the month with a month target ("March 19"), or 0
 * @param direction  which occurrence of the target
 * @param suffix     text appended to the value: a part of day ("TMO") or a clock time ("T15:00")
 */
public record RelativeDate(Grain grain, int offset, int target, int day, Direction direction, String suffix) {
    private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};
    /** A dated day this close to the anchor is taken in the anchor's year whatever the tense says. */
    private static final int NEAR_DAYS = 120;

    public RelativeDate {
        suffix = suffix == null ? "" : suffix;
    }

    /** The anchor's period moved by {@code offset} units ("last week"). */
    public static RelativeDate shift(Grain grain, int offset) {
        return new RelativeDate(grain, offset, 0, 0, Direction.SAME, "");
    }

    /** A named weekday, month, quarter, half or season chosen by {@code direction}. */
    public static RelativeDate named(Grain grain, int target, Direction direction) {
        return new RelativeDate(grain, 0, target, 0, direction, "");
    }

    public RelativeDate withDirection(Direction d) {
        return new RelativeDate(grain, offset, target, day, d, suffix);
    }

    public RelativeDate withSuffix(String s) {
        return new RelativeDate(grain, offset, target, day, direction, s);
    }

    public RelativeDate withDay(int dayOfMonth) {
        return new RelativeDate(grain, offset, target, dayOfMonth, direction, suffix);
    }

    public RelativeDate withOffset(int o) {
        return new RelativeDate(grain, o, target, day, direction, suffix);
    }

    /** The TIMEX3 value for this reading with no anchor: underspecified, as TimeML writes it. */
    public String unanchored() {
        String v = switch (grain) {
            case DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> target == 0 ? "XXXX-XX" : day == 0 ? String.format("XXXX-%02d", target) : String.format("XXXX-%02d-%02d", target, day);
            case QUARTER -> target == 0 ? "XXXX-QX" : "XXXX-Q" + target;
            case HALF -> target == 0 ? "XXXX-HX" : "XXXX-H" + target;
            case SEASON -> target == 0 ? "XXXX-XX" : "XXXX-" + SEASONS[target - 1];
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
        return v + suffix;
    }

    /** The TIMEX3 value of this reading seen from {@code anchor}. */
    public String resolve(LocalDate anchor) {
        if (target == 0) return format(shifted(anchor)) + suffix;
        return switch (grain) {
            case DAY, WEEK -> weekday(anchor).toString() + suffix;
            case WEEKEND -> isoWeek(weekday(anchor)) + "-WE" + suffix;
            case MONTH -> month(anchor) + suffix;
            default -> yearPart(anchor) + suffix;
        };
    }

    private LocalDate shifted(LocalDate a) {
        return switch (grain) {
            case DAY -> a.plusDays(offset);
            case WEEK, WEEKEND -> a.plusWeeks(offset);
            case MONTH -> a.plusMonths(offset);
            case QUARTER, SEASON -> a.plusMonths(3L * offset);
            case HALF -> a.plusMonths(6L * offset);
            case YEAR -> a.plusYears(offset);
            case DECADE -> a.plusYears(10L * offset);
            case CENTURY -> a.plusYears(100L * offset);
        };
    }

    private String format(LocalDate d) {
        return switch (grain) {
            case DAY -> d.toString();
            case WEEK -> isoWeek(d);
            case WEEKEND -> isoWeek(d) + "-WE";
            case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case HALF -> d.getYear() + "-H" + ((d.getMonthValue() - 1) / 6 + 1);
            case SEASON -> seasonYear(d) + "-" + SEASONS[seasonIndex(d.getMonthValue())];
            case YEAR -> String.format("%04d", d.getYear());
            case DECADE -> String.format("%03d", Math.floorDiv(d.getYear(), 10));
            case CENTURY -> String.format("%02d", Math.floorDiv(d.getYear(), 100));
        };
    }

    static String isoWeek(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static int seasonIndex(int month) {
        return month == 12 || month <= 2 ? 3 : (month - 3) / 3;
    }

    private static int seasonYear(LocalDate d) {
        return d.getMonthValue() <= 2 ? d.getYear() - 1 : d.getYear();
    }

    private LocalDate weekday(LocalDate a) {
        DayOfWeek want = DayOfWeek.of(target);
        LocalDate monday = a.minusDays(a.getDayOfWeek().getValue() - 1L);
        if (direction == Direction.SAME) return monday.plusWeeks(offset).plusDays(target - 1L);
        int back = Math.floorMod(a.getDayOfWeek().getValue() - want.getValue(), 7);
        LocalDate past = a.minusDays(back);
        LocalDate strictPast = back == 0 ? a.minusDays(7) : past;
        LocalDate future = a.plusDays((7 - back) % 7);
        LocalDate strictFuture = back == 0 ? a.plusDays(7) : future;
        return switch (direction) {
            case PAST, BY_TENSE -> past;
            case STRICT_PAST -> strictPast;
            case FUTURE -> future;
            case STRICT_FUTURE -> strictFuture;
            default -> back <= 3 ? past : future;
        };
    }

    /** Months (with an optional day) on a linear scale so one chooser serves every direction. */
    private String month(LocalDate a) {
        int year = a.getYear();
        if (direction == Direction.SAME) return monthValue(year + offset);
        boolean strict = direction == Direction.STRICT_PAST || direction == Direction.STRICT_FUTURE;
        if (day != 0 && !strict && Math.abs(safeDate(year).toEpochDay() - a.toEpochDay()) <= NEAR_DAYS) return monthValue(year);
        long now = day == 0 ? year * 12L + a.getMonthValue() : a.toEpochDay();
        long best = Long.MIN_VALUE;
        int bestYear = year;
        for (int y = year - 1; y <= year + 1; y++) {
            long at = day == 0 ? y * 12L + target : safeDate(y).toEpochDay();
            if (best == Long.MIN_VALUE || better(at, best, now)) {
                best = at;
                bestYear = y;
            }
        }
        return monthValue(bestYear);
    }

    private LocalDate safeDate(int y) {
        LocalDate first = LocalDate.of(y, target, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }

    private String monthValue(int y) {
        return day == 0 ? String.format("%04d-%02d", y, target) : String.format("%04d-%02d-%02d", y, target, day);
    }

    /** Quarters, halves and seasons: the target inside a year chosen by direction. */
    private String yearPart(LocalDate a) {
        int per = grain == Grain.HALF ? 2 : 4;
        int current = switch (grain) {
            case HALF -> (a.getMonthValue() - 1) / 6 + 1;
            case SEASON -> seasonIndex(a.getMonthValue()) + 1;
            default -> (a.getMonthValue() - 1) / 3 + 1;
        };
        int year = grain == Grain.SEASON ? seasonYear(a) : a.getYear();
        int chosenYear = year + offset;
        if (direction != Direction.SAME) {
            long now = (long) year * per + current;
            long best = Long.MIN_VALUE;
            for (int y = year - 1; y <= year + 1; y++) {
                long at = (long) y * per + target;
                if (best == Long.MIN_VALUE || better(at, best, now)) {
                    best = at;
                    chosenYear = y;
                }
            }
        }
        String code = switch (grain) {
            case HALF -> "H" + target;
            case SEASON -> SEASONS[target - 1];
            default -> "Q" + target;
        };
        return String.format("%04d-%s", chosenYear, code);
    }

    /** Whether candidate {@code at} suits the direction better than {@code best}, both seen from {@code now}. */
    private boolean better(long at, long best, long now) {
        return switch (direction) {
            case PAST, BY_TENSE -> at <= now && (best > now || at > best);
            case STRICT_PAST -> at < now && (best >= now || at > best);
            case FUTURE -> at >= now && (best < now || at < best);
            case STRICT_FUTURE -> at > now && (best <= now || at < best);
            default -> Math.abs(at - now) < Math.abs(best - now);
        };
    }

    /** A short human description, e.g. {@code "MONTH 12 PAST"} or {@code "YEAR -1"}. */
    public String describe() {
        String base = target == 0 ? grain + " " + (offset >= 0 ? "+" : "") + offset
                : grain + " " + target + (day > 0 ? "/" + day : "") + " " + direction + (offset != 0 ? " " + offset : "");
        return suffix.isEmpty() ? base : base + " " + suffix;
    }
}
