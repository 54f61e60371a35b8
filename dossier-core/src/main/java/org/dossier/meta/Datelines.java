package org.dossier.meta;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a wire story: {@code PARIS, March 19 (Reuters) -},
 * {@code WASHINGTON (AP) —}, {@code Berlin, 19. März (dpa) -}. The agency in parentheses is the
 * story's wire; the day and month, if present, date it (the year comes from other evidence).
 */
public final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>[\\p{Lu}][\\p{L}\\p{M}.'’ -]{1,40}(?:/[\\p{L} .'-]{2,30})?(?:,\\s*[\\p{L}\\p{M}.' -]{2,30})?)"
                    + "(?:,\\s*(?<date>[^()]{3,30}?))?\\s*\\((?<credit>[^()]{2,40})\\)\\s*\\.?\\s*[-–—:]");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?iu)^(?:(" + Months.REGEX + ")\\.?\\s+(\\d{1,2})|(\\d{1,2})\\.?\\s+(" + Months.REGEX + ")\\.?)$");

    private static final Pattern AGENCY_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}&.'’-]{1,24}(?:\\s+\\p{Lu}[\\p{L}&.'’-]{0,24}){0,2}");
    private static final Pattern PLACE_IN_CAPITALS = Pattern.compile("^\\p{Lu}{3,}\\b");

    /** What a dateline says: the agency credited, and the day and month if written. */
    public record Dateline(String place, String agency, Optional<MonthDay> monthDay, Optional<LocalDate> date) {}

    private Datelines() {}

    /** The dateline opening {@code paragraph}, if it opens with one that credits an agency. */
    public static Optional<Dateline> parse(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) return Optional.empty();
        String credit = m.group("credit");
        if (credit.toLowerCase(Locale.ROOT).contains("photo")) return Optional.empty();
        String date = m.group("date");
        Optional<LocalDate> full = date == null ? Optional.empty() : DateParsing.find(date);
        Optional<MonthDay> monthDay = full.map(MonthDay::from);
        if (date != null && full.isEmpty()) monthDay = monthDay(date.strip());
        String place = m.group("place").strip();
        List<String> agencies = WireAgencies.mentioned(credit);
        String agency;
        if (!agencies.isEmpty()) agency = agencies.get(0);
        else if (nameLike(credit) && (monthDay.isPresent() || PLACE_IN_CAPITALS.matcher(place).find())) agency = credit.strip();
        else return Optional.empty();
        return Optional.of(new Dateline(place, agency, monthDay, full));
    }

    /**
     * Whether an unlisted credit reads like an agency's name: one to three capitalised words. The
     * dateline form itself (a place in capitals or a day and month, then the credit in parentheses
     * and a dash) is the evidence that the name is a news agency; no list knows every agency.
     */
    static boolean nameLike(String credit) {
        return AGENCY_NAME.matcher(credit.strip()).matches();
    }

    private static Optional<MonthDay> monthDay(String s) {
        Matcher m = MONTH_DAY.matcher(s);
        if (!m.matches()) return Optional.empty();
        String month = m.group(1) != null ? m.group(1) : m.group(4);
        String day = m.group(2) != null ? m.group(2) : m.group(3);
        Integer n = Months.NAMES.get(month.toLowerCase(Locale.ROOT).replace(".", ""));
        try {
            return n == null ? Optional.empty() : Optional.of(MonthDay.of(n, Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The most recent date with this day and month that is not after {@code reference}: a dateline
     * written "March 19" in a story captured in April 2026 means 19 March 2026.
     */
    public static LocalDate latestOnOrBefore(MonthDay monthDay, LocalDate reference) {
        LocalDate d = monthDay.atYear(reference.getYear());
        return d.isAfter(reference) ? monthDay.atYear(reference.getYear() - 1) : d;
    }
}
