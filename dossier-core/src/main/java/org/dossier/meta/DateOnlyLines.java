package org.dossier.meta;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a line that only states when the article appeared: "March 19, 2026",
 * "Published: 19 March 2026, 10:30 GMT", "Updated Thu 19.03.2026 um 14:00 Uhr". A sentence that
 * merely contains a date ("The vote is set for May 3, 2026.") is not such a line.
 */
public final class DateOnlyLines {
    private static final Pattern UPDATED = Pattern.compile(
            "(?iu)^\\W*(?:last\\s+)?(?:updated|modified|aktualisiert|geändert|mis\\s+à\\s+jour|actualizado|aggiornato|atualizado)");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?");
    private static final Set<String> FILLER = Set.of("published", "posted", "updated", "last", "modified", "on", "at",
            "am", "pm", "a.m", "p.m", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet",
            "cest", "msk", "ist", "jst", "aest", "uhr", "um", "veröffentlicht", "aktualisiert", "vom", "stand", "publié",
            "le", "mis", "à", "jour", "publicado", "actualizado", "el", "de", "del", "pubblicato", "aggiornato", "il",
            "alle", "date", "datum", "fecha", "data", "time", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag",
            "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi",
            "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
            "domingo", "and", "|", "-", "th", "st", "nd", "rd");

    /** A date stated by a date line, and whether it is a modification date. */
    public record Stated(LocalDate date, boolean modified) {}

    private DateOnlyLines() {}

    /** The date a line states, if the line is nothing but a date (with time and labels). */
    public static Optional<Stated> read(String line) {
        String s = line.strip();
        if (s.length() > 100) return Optional.empty();
        Optional<LocalDate> date = DateParsing.find(s);
        if (date.isEmpty()) return Optional.empty();
        String rest = TIME.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
        int extra = 0;
        for (String w : rest.split("[\\s,;:/()\\[\\]*_]+")) {
            String t = w.replaceAll("^[\\p{Punct}]+|[\\p{Punct}&&[^.]]+$", "").replaceAll("\\.$", "");
            if (t.isEmpty() || t.matches("\\d+(?:st|nd|rd|th)?\\.?(?:\\d+\\.?)*") || t.matches("[\\d./-]+(?:t[\\d:.+-]+z?)?")) continue;
            if (FILLER.contains(t) || Months.NAMES.containsKey(t)) continue;
            extra++;
        }
        if (extra > 1) return Optional.empty();
        return Optional.of(new Stated(date.get(), UPDATED.matcher(s).find()));
    }
}
