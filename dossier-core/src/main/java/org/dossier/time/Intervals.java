package org.dossier.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in the begin and end of mentions that cover a stretch of time: durations that run back
 * from or forward to the anchor ("the past two years"), dates after "since" or "until", and
 * ranges written as two dates ("2009-2010", "from March to May", "between 2001 and 2005").
 */
final class Intervals {
    private static final Pattern DURATION = Pattern.compile("P(T?)(\\d+(?:\\.\\d+)?)([YMWDHS])");
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:-|–|—|to|until|till|through|and)\\s*", Pattern.CASE_INSENSITIVE);

    private Intervals() {}

    /** Begin and end for one mention from its own reading, signal and anchor; null when unknown. */
    static String[] bounds(TimeMention m, LocalDate a) {
        if (m.type() == TimexType.DURATION && a != null && m.reading() != null) {
            LocalDate other = shift(a, m.value(), m.reading().lean() == Reading.Lean.BACK ? -1 : 1);
            if (other != null && m.reading().lean() == Reading.Lean.BACK) return new String[] {other.toString(), a.toString()};
            if (other != null && m.reading().lean() == Reading.Lean.FORWARD) return new String[] {a.toString(), other.toString()};
        }
        if (m.type() == TimexType.DATE && m.signal() != null && !m.value().endsWith("_REF")) {
            switch (m.signal()) {
                case "since" -> { return new String[] {m.value(), a != null ? a.toString() : "PRESENT_REF"}; }
                case "until", "till", "through", "by" -> { return new String[] {null, m.value()}; }
                default -> { }
            }
        }
        return new String[] {null, null};
    }

    /** Links consecutive mentions written as a range in {@code text}: both get begin/end of the pair. */
    static List<TimeMention> linkRanges(String text, List<TimeMention> mentions) {
        List<TimeMention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention first = out.get(i);
            TimeMention second = out.get(i + 1);
            if (first.type() != second.type() || first.type() != TimexType.DATE && first.type() != TimexType.TIME) continue;
            String between = text.substring(first.span().end(), second.span().start());
            Matcher join = RANGE_JOIN.matcher(between);
            if (!join.matches()) continue;
            boolean dash = !Character.isLetter(between.strip().charAt(0));
            boolean and = between.strip().equalsIgnoreCase("and");
            String sig = first.signal();
            if (!dash && !(and ? "between".equals(sig) : "from".equals(sig) || "between".equals(sig))) continue;
            out.set(i, first.withInterval(first.value(), second.value()));
            out.set(i + 1, second.withInterval(first.value(), second.value()));
        }
        return out;
    }

    /** Re-links pairs that were ranges before re-anchoring (recognized by their old bounds). */
    static List<TimeMention> relinkRanges(List<TimeMention> before, List<TimeMention> after) {
        List<TimeMention> out = new ArrayList<>(after);
        for (int i = 0; i + 1 < before.size(); i++) {
            TimeMention a = before.get(i);
            TimeMention b = before.get(i + 1);
            if (a.begin() != null && Objects.equals(a.begin(), a.value()) && Objects.equals(a.end(), b.value())
                    && Objects.equals(b.begin(), a.value()) && Objects.equals(b.end(), b.value())) {
                String v1 = out.get(i).value();
                String v2 = out.get(i + 1).value();
                out.set(i, out.get(i).withInterval(v1, v2));
                out.set(i + 1, out.get(i + 1).withInterval(v1, v2));
            }
        }
        return out;
    }

    /** {@code anchor} moved by a simple duration value ("P2Y", "P3M") times {@code sign}; null if vague. */
    static LocalDate shift(LocalDate anchor, String duration, int sign) {
        Matcher m = DURATION.matcher(duration);
        if (!m.matches() || !m.group(1).isEmpty()) return null;
        double n = Double.parseDouble(m.group(2));
        if (n != Math.rint(n)) return null;
        long k = (long) n * sign;
        return switch (m.group(3)) {
            case "Y" -> anchor.plusYears(k);
            case "M" -> anchor.plusMonths(k);
            case "W" -> anchor.plusWeeks(k);
            case "D" -> anchor.plusDays(k);
            default -> null;
        };
    }
}
