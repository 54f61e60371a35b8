package org.dossier.time;

import static org.dossier.time.CalendarRules.g;
import static org.dossier.time.Lexicon.WEEKDAY;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for clock times: "3 p.m.", "10:30 a.m. EST Friday", "noon", "midnight". The date part
 * comes from a weekday or day word written beside the time, else from the anchor.
 */
final class ClockRules {
    private ClockRules() {}

    static List<TimexRule> rules() {
        String dayAfter = "(?:,?\\s+(?:on\\s+)?(?:(?<wd>" + WEEKDAY + ")|(?<dw>today|tonight|yesterday|tomorrow)))?";
        return List.of(
                TimexRule.of("clock", "(?:(?<approx>about|around|approximately|shortly after|shortly before|just after|just before)\\s+)?(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m)"
                        + "(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC|local time))?" + dayAfter, ClockRules::clock),
                TimexRule.of("clock-24", "(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)\\s+(?<tz>GMT|UTC|local time|hours)" + dayAfter, ClockRules::clock),
                TimexRule.of("noon", "(?<n>noon|midnight|midday)" + dayAfter, ClockRules::clock));
    }

    private static Reading clock(Matcher m, String text) {
        String time;
        String noon = g(m, "n");
        if (noon != null) {
            time = noon.equalsIgnoreCase("midnight") ? "T24:00" : "T12:00";
        } else {
            int h = Integer.parseInt(m.group("h"));
            String ap = g(m, "ap");
            if (ap != null) {
                boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p");
                if (pm && h < 12) h += 12;
                if (!pm && h == 12) h = 0;
            }
            String min = g(m, "min") == null ? "00" : m.group("min");
            time = String.format("T%02d:%s", h, min);
        }
        RelativeDate date;
        String wd = g(m, "wd");
        String dw = g(m, "dw");
        if (wd != null) {
            int w = Lexicon.weekday(wd);
            if (w == 0) return null;
            date = RelativeDate.named(Grain.DAY, w, Direction.BY_TENSE);
        } else if (dw != null) {
            String d = dw.toLowerCase(Locale.ROOT);
            date = RelativeDate.shift(Grain.DAY, d.equals("yesterday") ? -1 : d.equals("tomorrow") ? 1 : 0);
        } else {
            date = RelativeDate.shift(Grain.DAY, 0);
        }
        Reading r = Reading.relative(TimexType.TIME, date.withSuffix(time));
        return g(m, "approx") == null ? r : r.withMod("APPROX");
    }
}
