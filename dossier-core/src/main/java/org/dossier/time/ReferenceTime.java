package org.dossier.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-resolves "two days later", "a year earlier" and the like against the time the text last
 * mentioned rather than the publication date, as narratives and earnings reports mean them:
 * "the third quarter ... up from a year earlier" is the third quarter of the year before, and
 * "arrested on May 3 ... released two days later" is May 5. "Ago" always counts from the anchor,
 * except that it too compares quarters in an earnings context ("from a year ago").
 */
final class ReferenceTime {
    private static final Pattern RELATIVE_WORD = Pattern.compile(
            "\\b(earlier|later|before|after|ago)$|^(?:(?:earlier|later)\\s+)?(?:the\\s+(?:next|following|previous|preceding|same)|following|previous|preceding|same|that)\\s+\\w+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final int REACH = 400;

    private ReferenceTime() {}

    static List<TimeMention> apply(List<TimeMention> mentions) {
        List<TimeMention> out = new ArrayList<>(mentions);
        for (int i = 1; i < out.size(); i++) {
            TimeMention m = out.get(i);
            RelativeDate r = m.reading() == null ? null : m.reading().relative();
            if (r == null || r.target() != 0) continue;
            Matcher word = RELATIVE_WORD.matcher(m.text());
            if (!word.find() || r.offset() == 0 && word.group(1) != null) continue;
            boolean ago = "ago".equalsIgnoreCase(word.group(1));
            TimeMention previous = previousDate(out, i);
            if (previous == null) continue;
            String value;
            try {
                value = shifted(previous.value(), r, ago);
            } catch (java.time.DateTimeException e) {
                value = null;
            }
            if (value != null) {
                out.set(i, new TimeMention(m.span(), m.text(), m.type(), value, m.mod(), m.anchor(),
                        AnchorBasis.PREVIOUS_MENTION, m.relative() + " from " + previous.value(), m.begin(), m.end(), m.signal(), m.reading()));
            }
        }
        return out;
    }

    private static TimeMention previousDate(List<TimeMention> mentions, int i) {
        for (int j = i - 1; j >= 0; j--) {
            TimeMention p = mentions.get(j);
            if (mentions.get(i).span().start() - p.span().end() > REACH) return null;
            if (p.type() == TimexType.DATE && !p.value().contains("X") && !p.value().endsWith("_REF")) return p;
        }
        return null;
    }

    /** The previous value moved by the relative date's offset, or null when the two do not compare. */
    private static String shifted(String previous, RelativeDate r, boolean ago) {
        Matcher q = QUARTER.matcher(previous);
        if (q.matches()) {
            if (r.grain() != Grain.YEAR && r.grain() != Grain.QUARTER) return null;
            int index = Integer.parseInt(q.group(1)) * 4 + Integer.parseInt(q.group(2)) - 1
                    + (r.grain() == Grain.YEAR ? 4 * r.offset() : r.offset());
            return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
        }
        if (ago) return null;
        Matcher d = DAY.matcher(previous);
        if (d.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
            return RelativeDate.shift(r.grain(), r.offset()).resolve(date);
        }
        Matcher mo = MONTH.matcher(previous);
        if (mo.matches() && r.grain() != Grain.DAY && r.grain() != Grain.WEEK) {
            return RelativeDate.shift(r.grain(), r.offset()).resolve(LocalDate.of(Integer.parseInt(mo.group(1)), Integer.parseInt(mo.group(2)), 1));
        }
        if (previous.matches("\\d{4}") && r.grain() == Grain.YEAR) {
            return String.format(Locale.ROOT, "%04d", Integer.parseInt(previous) + r.offset());
        }
        return null;
    }
}
