package org.dossier.eval.events;

import java.time.LocalDate;

/**
 * The gold README's rule for event dates: a predicted day is right if it equals the gold day,
 * falls inside a gold interval, or falls in a gold month; a predicted month or interval is right
 * only if it equals the gold one.
 */
final class DateMatch {
    private DateMatch() {}

    static boolean right(String predicted, String gold) {
        if (predicted.equals(gold)) return true;
        if (!predicted.matches("\\d{4}-\\d{2}-\\d{2}")) return false;
        LocalDate day = LocalDate.parse(predicted);
        if (gold.matches("\\d{4}-\\d{2}")) return predicted.startsWith(gold);
        int slash = gold.indexOf('/');
        if (slash > 0) {
            LocalDate from = start(gold.substring(0, slash));
            LocalDate to = end(gold.substring(slash + 1));
            return !day.isBefore(from) && !day.isAfter(to);
        }
        return false;
    }

    private static LocalDate start(String iso) {
        return iso.length() == 7 ? LocalDate.parse(iso + "-01") : LocalDate.parse(iso);
    }

    private static LocalDate end(String iso) {
        if (iso.length() != 7) return LocalDate.parse(iso);
        LocalDate first = LocalDate.parse(iso + "-01");
        return first.withDayOfMonth(first.lengthOfMonth());
    }
}
