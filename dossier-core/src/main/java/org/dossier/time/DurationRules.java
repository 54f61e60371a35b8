package org.dossier.time;

import static org.dossier.time.CalendarRules.g;
import static org.dossier.time.Lexicon.NUMBER;
import static org.dossier.time.Lexicon.UNIT;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for lengths of time: "two days", "more than three decades", "the past 20 years", "the
 * first nine months", "a 30-day period", "for years"; and recurrences: "every week", "daily",
 * "twice a year", "each Monday".
 */
final class DurationRules {
    private DurationRules() {}

    private static final Pattern RATE_BEFORE = Pattern.compile(
            "(?:\\d|%|percent|million|billion|trillion|times|twice|once|dollars|cents|euros|pounds|yen|hours|shifts|meals)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final String SMALL_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|\\d{1,3})";

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("duration", "(?:(?<qual>" + Lexicon.APPROX + ")\\s+(?!the\\b))?(?:(?<lead>the\\s+(?:past|last|next|first|coming|previous|following|final|latest|remaining|better\\s+part\\s+of\\s+the)|another|the|an\\s+additional|an\\s+extra)\\s+)?"
                        + "(?:(?<qual2>" + Lexicon.APPROX + ")\\s+)?(?<n>" + NUMBER + ")\\s+(?:(?:more|full|straight|consecutive|additional|long|calendar|business|working|whole|entire)\\s+)?(?<u>" + UNIT + ")",
                        DurationRules::duration),
                TimexRule.of("duration-adjective", "(?<n>" + SMALL_WORD + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a)-(?<u>second|minute|hour|day|night|week|month|year|decade|century)(?:-long)?",
                        DurationRules::adjective),
                TimexRule.of("plural-units", "(?<=\\b(?:for|in|over|within|take|took|takes|taken|last|lasted|spent|spend)\\s)(?<u>years|months|weeks|days|decades|hours|centuries)",
                        DurationRules::plural),
                TimexRule.of("every", "(?<e>every|each|per)\\s+(?:(?<n>other|" + NUMBER + ")\\s+)?(?<u>day|night|week|weekend|month|year|quarter|hour|minute|decade|morning|evening|summer|winter|spring|fall|autumn|"
                        + Lexicon.WEEKDAY + "|" + Lexicon.WEEKDAY + "s|days|weeks|months|years|hours|minutes|" + Lexicon.MONTH + ")", DurationRules::every),
                TimexRule.of("adverb-set", "(?<a>daily|weekly|monthly|yearly|hourly|nightly|biweekly|bimonthly)",
                        DurationRules::adverbSet));
    }

    private static Reading duration(Matcher m, String text) {
        double n = Lexicon.number(m.group("n"));
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        String nText = m.group("n").toLowerCase(Locale.ROOT);
        String lead = g(m, "lead");
        String qual = g(m, "qual") != null ? g(m, "qual") : g(m, "qual2");
        if ((nText.equals("a") || nText.equals("an")) && lead == null && qual == null
                && RATE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) {
            return Reading.fixed(TimexType.SET, Lexicon.duration(1, unit));
        }
        if ((nText.equals("some") || nText.equals("many")) && !unit.endsWith("s")) return null;
        if (nText.equals("one") && lead == null && qual == null && !unit.endsWith("s")
                && text.regionMatches(true, m.end(), " after", 0, 6)) return null;
        if (lead != null && lead.equalsIgnoreCase("the") && n >= 0 && unit.startsWith("centur")) return null;
        if (n >= 0 && n > 100000) return null;
        if (nText.matches("\\d[\\d,]*") && text.regionMatches(m.end(), "-old", 0, 4)) return null;
        if (text.regionMatches(true, m.end(), " old", 0, 4)) return null;
        Reading.Lean lean = Reading.Lean.NONE;
        if (lead != null) {
            String l = lead.toLowerCase(Locale.ROOT);
            if (l.contains("past") || l.contains("last") || l.contains("previous")) lean = Reading.Lean.BACK;
            else if (l.contains("next") || l.contains("coming") || l.contains("remaining")) lean = Reading.Lean.FORWARD;
        }
        String value = Lexicon.duration(n, unit);
        return Reading.fixed(TimexType.DURATION, value).withMod(qual == null ? null : Lexicon.mod(qual)).withLean(lean);
    }

    private static Reading adjective(Matcher m, String text) {
        if (text.regionMatches(true, m.end(), "-old", 0, 4) || text.regionMatches(true, m.end(), " old", 0, 4)) return null;
        String n = m.group("n");
        double amount = n.equalsIgnoreCase("a") ? 1 : Lexicon.number(n);
        if (amount <= 0) return null;
        return Reading.fixed(TimexType.DURATION, Lexicon.duration(amount, m.group("u")));
    }

    private static Reading plural(Matcher m, String text) {
        if (text.regionMatches(true, m.end(), " of", 0, 3) || text.regionMatches(true, m.end(), " ago", 0, 4)) return null;
        return Reading.fixed(TimexType.DURATION, Lexicon.duration(-1, m.group("u")));
    }

    private static Reading every(Matcher m, String text) {
        String u = m.group("u");
        String n = g(m, "n");
        int wd = Lexicon.weekday(u);
        if (wd > 0) return Reading.fixed(TimexType.SET, "XXXX-WXX-" + wd);
        int month = u.matches("(?i)" + Lexicon.MONTH) ? Lexicon.month(u) : 0;
        if (month > 0) return Reading.fixed(TimexType.SET, String.format("XXXX-%02d", month));
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.matches("summer|winter|spring|fall|autumn")) {
            return Reading.fixed(TimexType.SET, "XXXX-" + new String[] {"SP", "SU", "FA", "WI"}[Lexicon.season(lower) - 1]);
        }
        if (lower.equals("morning") || lower.equals("evening")) return Reading.fixed(TimexType.SET, "TMO".equals(Lexicon.partOfDay(lower)) ? "XXXX-XX-XXTMO" : "XXXX-XX-XXTEV");
        if (lower.equals("weekend")) return Reading.fixed(TimexType.SET, "XXXX-WXX-WE");
        double amount = n == null ? 1 : n.equalsIgnoreCase("other") ? 2 : Lexicon.number(n);
        if (amount < 0) return null;
        if (lower.endsWith("s") && amount == 1 && n == null) return null;
        return Reading.fixed(TimexType.SET, Lexicon.duration(amount, lower));
    }

    private static Reading adverbSet(Matcher m, String text) {
        if (Names.insideName(text, m.start())) return null;
        String a = m.group("a").toLowerCase(Locale.ROOT);
        String value = switch (a) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "bimonthly" -> "P2M";
            case "quarterly" -> "P3M";
            case "hourly" -> "PT1H";
            case "semiannually" -> "P6M";
            default -> "P1Y";
        };
        return Reading.fixed(TimexType.SET, value);
    }
}
