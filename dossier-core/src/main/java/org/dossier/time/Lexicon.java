package org.dossier.time;

import java.util.Locale;
import java.util.Map;

/**
 * The English words of time: regular-expression fragments for the rules and the functions that
 * turn matched words into numbers. Month and weekday names count only when capitalized, so the
 * verb "may" and the noun "march" stay out.
 */
final class Lexicon {
    private Lexicon() {}

    static final String MONTH = "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?"
            + "|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    static final String WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night|overnight)";
    static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
    static final String DAY_NUM = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    static final String DAY_ORDINAL_WORD = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first)";
    static final String UNIT = "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?"
            + "|years?|decades?|century|centuries|millenni(?:um|a))";
    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A cardinal amount: digits, number words, or a vague quantity ("several", "a few"). */
    static final String NUMBER = "(?:\\d[\\d,]*(?:\\.\\d+)?|(?:" + TENS + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|" + SMALL + "|a couple of|couple of|a few|few|several|many|some|a dozen|dozens of|hundreds of|a|an|one and a half|a half)"
            + "(?:[- ](?:hundred|thousand))?";
    static final String APPROX = "(?:about|around|approximately|roughly|nearly|almost|some|more than|over|at least"
            + "|less than|under|up to|fewer than|at most|just over|just under|well over|close to)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a couple of", 2), Map.entry("couple of", 2),
            Map.entry("a dozen", 12), Map.entry("hundred", 100), Map.entry("thousand", 1000));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("twenty-first", 21), Map.entry("twenty-second", 22), Map.entry("twenty-third", 23));

    /** The number a cardinal phrase names, or -1 when it is vague ("several", "a few"). */
    static double number(String s) {
        String w = s.toLowerCase(Locale.ROOT).trim();
        if (w.equals("one and a half")) return 1.5;
        if (w.equals("a half")) return 0.5;
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            String[] parts = w.split("[- ]");
            double base = Double.parseDouble(parts[0].replace(",", ""));
            return parts.length > 1 ? base * WORDS.getOrDefault(parts[1], 1) : base;
        }
        double total = 0;
        double current = 0;
        for (String part : w.split("[- ]")) {
            if (part.equals("hundred") || part.equals("thousand")) {
                current = Math.max(current, 1) * WORDS.get(part);
                if (part.equals("thousand")) {
                    total += current;
                    current = 0;
                }
            } else if (WORDS.containsKey(part)) {
                current += WORDS.get(part);
            } else if (WORDS.containsKey(w)) {
                return WORDS.get(w);
            } else {
                return -1;
            }
        }
        return total + current;
    }

    /** 1..31 for an ordinal word or a numeral with an optional suffix, else 0. */
    static int ordinal(String s) {
        String w = s.toLowerCase(Locale.ROOT).replaceAll("(st|nd|rd|th)$", "");
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) return Integer.parseInt(w);
        return ORDINALS.getOrDefault(s.toLowerCase(Locale.ROOT), 0);
    }

    /** 1..12 for a capitalized month name or abbreviation, else 0. */
    static int month(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return 0;
        String w = s.toLowerCase(Locale.ROOT);
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) if (w.startsWith(names[i])) return i + 1;
        return 0;
    }

    /** 1 (Monday) .. 7 (Sunday) for a capitalized weekday name, else 0. */
    static int weekday(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return 0;
        String[] names = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        String w = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) if (w.startsWith(names[i])) return i + 1;
        return 0;
    }

    /** 1 spring, 2 summer, 3 fall, 4 winter. */
    static int season(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        if (w.startsWith("spring")) return 1;
        if (w.startsWith("summer")) return 2;
        if (w.startsWith("fall") || w.startsWith("autumn")) return 3;
        return 4;
    }

    /** The TIMEX3 part-of-day code for morning, afternoon, evening, night. */
    static String partOfDay(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        if (w.startsWith("morn")) return "TMO";
        if (w.startsWith("after")) return "TAF";
        if (w.startsWith("even")) return "TEV";
        return "TNI";
    }

    /** The grain a unit word moves by. */
    static Grain grain(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day") || u.startsWith("night")) return Grain.DAY;
        if (u.startsWith("week") || u.startsWith("fortnight")) return Grain.WEEK;
        if (u.startsWith("month")) return Grain.MONTH;
        if (u.startsWith("quarter")) return Grain.QUARTER;
        if (u.startsWith("decade")) return Grain.DECADE;
        if (u.startsWith("centur")) return Grain.CENTURY;
        return Grain.YEAR;
    }

    /** A TIMEX3 duration value for an amount of a unit; a vague amount (negative) gives {@code X}. */
    static String duration(double amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        boolean time = u.startsWith("hour") || u.startsWith("minute") || u.startsWith("second");
        String code;
        double n = amount;
        if (u.startsWith("second")) code = "S";
        else if (u.startsWith("minute")) code = "M";
        else if (u.startsWith("hour")) code = "H";
        else if (u.startsWith("day") || u.startsWith("night")) code = "D";
        else if (u.startsWith("fortnight")) { code = "W"; n = n * 2; }
        else if (u.startsWith("week")) code = "W";
        else if (u.startsWith("month")) code = "M";
        else if (u.startsWith("quarter")) code = "Q";
        else if (u.startsWith("decade")) { code = "Y"; n = n * 10; }
        else if (u.startsWith("centur")) { code = "Y"; n = n * 100; }
        else if (u.startsWith("millenni")) { code = "Y"; n = n * 1000; }
        else code = "Y";
        String amountText;
        if (amount < 0) {
            amountText = "X";
            if (u.startsWith("decade")) code = "DE";
            else if (u.startsWith("centur")) code = "CE";
        } else if (n == Math.rint(n)) {
            amountText = String.valueOf((long) n);
        } else {
            amountText = String.valueOf(n);
        }
        return (time ? "PT" : "P") + amountText + code;
    }

    /** The TIMEX3 modifier an approximation word carries. */
    static String mod(String qualifier) {
        if (qualifier == null) return null;
        String q = qualifier.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (q.endsWith(" of")) {
            if (q.contains("end")) return "END";
            if (q.contains("middle")) return "MID";
            return "START";
        }
        return switch (q) {
            case "more than", "over", "just over", "well over" -> "MORE_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "less than", "under", "fewer than", "just under" -> "LESS_THAN";
            case "up to", "at most" -> "EQUAL_OR_LESS";
            case "early", "earlier", "the start of", "the beginning of", "the early" -> "START";
            case "late", "later", "the end of", "the late" -> "END";
            case "mid", "mid-", "the middle of", "the mid" -> "MID";
            default -> "APPROX";
        };
    }
}
