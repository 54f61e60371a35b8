package org.dossier.time;

import static org.dossier.time.CalendarRules.g;
import static org.dossier.time.Lexicon.NUMBER;
import static org.dossier.time.Lexicon.PART_OF_DAY;
import static org.dossier.time.Lexicon.WEEKDAY;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for words that point from the anchor: "today", "yesterday morning", "last night",
 * weekdays ("on Thursday", "last Friday"), "last/this/next week|month|year", "earlier this
 * month", "two years ago", and the vague "now", "recently", "soon".
 */
final class DeicticRules {
    private DeicticRules() {}

    private static final String PERIOD = "(?<u>week|weekend|month|year|quarter|decade|century)";

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("day-word", "(?:(?<q>early|late)\\s+)?(?:the\\s+day\\s+(?<ba>before\\s+yesterday|after\\s+tomorrow)|(?<w>today|tonight|yesterday|tomorrow))"
                        + "(?:\\s+(?<pod>" + PART_OF_DAY + "))?", DeicticRules::dayWord),
                TimexRule.of("the-weekend", "the\\s+weekend", (m, text) -> Reading.relative(TimexType.DATE, RelativeDate.named(Grain.WEEKEND, 6, Direction.BY_TENSE))),
                TimexRule.of("part-of-day", "(?<rel>this|last|tomorrow|yesterday)\\s+(?<pod>" + PART_OF_DAY + ")", DeicticRules::partOfDay),
                TimexRule.of("weekday", "(?:(?<rel>last|next|this|this past|this coming|coming|past|the previous|the following)\\s+)?(?:(?<q>early|late|earlier|later)\\s+)?(?<wd>"
                        + WEEKDAY + ")(?:\\s+(?<pod>" + PART_OF_DAY + "))?", DeicticRules::weekday),
                TimexRule.of("edge-of-period", "(?<q>the end of|the start of|the beginning of|the middle of)\\s+the\\s+(?<u>week|month|year)",
                        (m, text) -> Reading.relative(TimexType.DATE, RelativeDate.shift(Lexicon.grain(m.group("u")), 0)).withMod(Lexicon.mod(m.group("q")))),
                TimexRule.of("reference-period", "(?:(?<q>earlier|later)\\s+)?(?:(?:the\\s+)?(?<rel>next|following|previous|preceding|same)|(?<that>that))\\s+(?<u>day|week|month|year)",
                        DeicticRules::referencePeriod),
                TimexRule.of("this-period", "(?:(?<q>early|late|earlier|later|mid-?|the end of|the start of|the beginning of|the middle of)\\s*)?"
                        + "(?<rel>last|this|next|this past|this coming|the coming|the current|the previous|the following|the past|the last|the next)\\s+" + PERIOD,
                        DeicticRules::thisPeriod),
                TimexRule.of("ago", "(?:(?<qual>" + Lexicon.APPROX + ")\\s+)?(?<n>" + NUMBER + ")\\s+(?<u>" + Lexicon.UNIT
                        + ")\\s+(?<dir>ago|earlier|later|from now|hence|before that|after that)", DeicticRules::ago),
                TimexRule.of("vague", "(?<v>now|right now|currently|at present|presently|nowadays|these days|at the moment|the present"
                        + "|recently|lately|the past|the recent past|the future|the near future|the near term|future)",
                        DeicticRules::vague),
                TimexRule.of("recent-years", "(?<q>recent|the past few|the last few|the past several|the last several|the coming|coming|the next few)\\s+(?<u>days|weeks|months|years|decades)",
                        DeicticRules::recentPeriods));
    }

    private static Reading dayWord(Matcher m, String text) {
        String w = g(m, "w");
        int offset = 0;
        String suffix = "";
        if (w == null) {
            offset = m.group("ba").toLowerCase(Locale.ROOT).startsWith("before") ? -2 : 2;
        } else {
            switch (w.toLowerCase(Locale.ROOT)) {
                case "yesterday" -> offset = -1;
                case "tomorrow" -> offset = 1;
                case "tonight" -> suffix = "TNI";
                default -> { }
            }
        }
        if (g(m, "pod") != null) suffix = Lexicon.partOfDay(m.group("pod"));
        RelativeDate r = RelativeDate.shift(Grain.DAY, offset).withSuffix(suffix);
        Reading reading = Reading.relative(suffix.isEmpty() ? TimexType.DATE : TimexType.TIME, r);
        return g(m, "q") == null ? reading : reading.withMod(Lexicon.mod(m.group("q")));
    }

    private static Reading partOfDay(Matcher m, String text) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String pod = Lexicon.partOfDay(m.group("pod"));
        int offset = switch (rel) {
            case "last", "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        if (rel.equals("last") && !pod.equals("TNI")) return null;
        return Reading.relative(TimexType.TIME, RelativeDate.shift(Grain.DAY, offset).withSuffix(pod));
    }

    private static Reading weekday(Matcher m, String text) {
        int wd = Lexicon.weekday(m.group("wd"));
        if (wd == 0) return null;
        String rel = g(m, "rel");
        if (rel == null && g(m, "pod") == null && Names.continuesName(text, m.end())
                && !CalendarRules.precededBy(text, m.start(), "on|since|by|until|till|from|before|after|through|and|or|to|early|late")) {
            return null;
        }
        Direction d = Direction.BY_TENSE;
        if (rel != null) {
            d = switch (rel.toLowerCase(Locale.ROOT)) {
                case "last", "past", "this past", "the previous" -> Direction.STRICT_PAST;
                case "next", "coming", "this coming", "the following" -> Direction.STRICT_FUTURE;
                default -> Direction.SAME;
            };
        }
        RelativeDate r = RelativeDate.named(Grain.DAY, wd, d);
        Reading reading = Reading.relative(TimexType.DATE, r);
        String q = g(m, "q");
        return q == null ? reading : reading.withMod(Lexicon.mod(q));
    }

    private static Reading thisPeriod(Matcher m, String text) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        if (rel.equals("the past") || rel.equals("the last") || rel.equals("the next") || rel.equals("the coming")) {
            if (unit.equals("weekend") || g(m, "q") != null) return null;
            Reading.Lean lean = rel.equals("the next") || rel.equals("the coming") ? Reading.Lean.FORWARD : Reading.Lean.BACK;
            return Reading.fixed(TimexType.DURATION, Lexicon.duration(1, unit)).withLean(lean);
        }
        int offset = switch (rel) {
            case "last", "the previous", "this past" -> -1;
            case "next", "the following", "this coming" -> 1;
            default -> 0;
        };
        Grain grain = unit.equals("weekend") ? Grain.WEEKEND : Lexicon.grain(unit);
        Reading r = Reading.relative(TimexType.DATE, RelativeDate.shift(grain, offset));
        String q = g(m, "q");
        return q == null ? r : r.withMod(Lexicon.mod(q.replace("-", "")));
    }

    /** "The next day", "that year": counted from the time last mentioned (see {@link ReferenceTime}). */
    private static Reading referencePeriod(Matcher m, String text) {
        String rel = g(m, "rel");
        int offset = rel == null || rel.equalsIgnoreCase("same") ? 0
                : rel.equalsIgnoreCase("previous") || rel.equalsIgnoreCase("preceding") ? -1 : 1;
        if (rel != null && rel.equalsIgnoreCase("next") && !m.group().toLowerCase(Locale.ROOT).startsWith("the")) return null;
        Reading r = Reading.relative(TimexType.DATE, RelativeDate.shift(Lexicon.grain(m.group("u")), offset));
        return g(m, "q") == null ? r : r.withMod(Lexicon.mod(m.group("q")));
    }

    private static Reading ago(Matcher m, String text) {
        double n = Lexicon.number(m.group("n"));
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        boolean back = dir.equals("ago") || dir.equals("earlier") || dir.startsWith("before");
        String mod = g(m, "qual") == null ? null : Lexicon.mod(m.group("qual"));
        if (n < 0) return Reading.fixed(TimexType.DATE, back ? "PAST_REF" : "FUTURE_REF");
        if (n != Math.rint(n) || unit.startsWith("hour") || unit.startsWith("minute") || unit.startsWith("second")) {
            return Reading.fixed(TimexType.DURATION, Lexicon.duration(n, unit)).withMod(mod);
        }
        Grain grain = Lexicon.grain(unit);
        int amount = (int) n;
        if (grain == Grain.DECADE) { grain = Grain.YEAR; amount *= 10; }
        if (grain == Grain.CENTURY) { grain = Grain.YEAR; amount *= 100; }
        return Reading.relative(TimexType.DATE, RelativeDate.shift(grain, back ? -amount : amount)).withMod(mod);
    }

    private static Reading vague(Matcher m, String text) {
        String v = m.group("v").toLowerCase(Locale.ROOT);
        if (v.equals("now") && text.regionMatches(true, m.end(), " that", 0, 5)) return null;
        if (v.equals("future") && !CalendarRules.precededBy(text, m.start(), "the|near|in|for")) return null;
        String value;
        if (v.contains("past") || v.startsWith("recent") || v.equals("lately") || v.equals("previously")) value = "PAST_REF";
        else if (v.contains("future") || v.equals("soon") || v.contains("near term")) value = "FUTURE_REF";
        else value = "PRESENT_REF";
        return Reading.fixed(TimexType.DATE, value);
    }

    private static Reading recentPeriods(Matcher m, String text) {
        String q = m.group("q").toLowerCase(Locale.ROOT);
        String unit = m.group("u");
        if (q.equals("recent") && unit.equalsIgnoreCase("years")) return Reading.fixed(TimexType.DATE, "PAST_REF");
        Reading.Lean lean = q.contains("coming") || q.contains("next") ? Reading.Lean.FORWARD : Reading.Lean.BACK;
        return Reading.fixed(TimexType.DURATION, Lexicon.duration(-1, unit)).withLean(lean);
    }
}
