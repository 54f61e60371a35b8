package org.dossier.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.time.TemporalTagger;
import org.dossier.time.TimeMention;
import org.dossier.time.TimexType;

/**
 * Publication dates that plain text states at its top: a date line under the headline ("19
 * November 2025", "By Ana Sousa | 3 March 2026") or a wire dateline ("ANTWERP, Belgium, Feb 10
 * (Agency) -"). Metadata resolution sees markup and feeds; these lines are text, so this stage reads
 * them for articles that still have no date. A dateline usually leaves out the year; it is taken
 * from the corpus: the year that puts the day nearest to a fully dated article.
 */
public final class HeadDates {
    /** Short lines at the top (headline, byline, date line) that may carry the date. */
    private static final int HEAD_LINES = 4;
    private static final int MAX_HEAD_LINE = 90;
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]{2,},[^\\n]{0,80}?\\s[-–—]\\s");
    private static final Pattern NO_YEAR = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    public static final String BASIS = "date at the top of the text";

    private HeadDates() {}

    /** The articles with dates read from their tops where they had none; others unchanged. */
    public static List<Article> apply(List<Article> articles) {
        List<LocalDate> known = new ArrayList<>();
        List<Object> found = new ArrayList<>();
        for (Article a : articles) {
            Object d = a.published() != null ? a.published() : read(a.text(), opensWithTitle(a));
            found.add(d);
            if (d instanceof LocalDate day) known.add(day);
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Object d = found.get(i);
            if (a.published() != null || d == null) {
                out.add(a);
                continue;
            }
            LocalDate day = d instanceof LocalDate l ? l : nearestYear((int[]) d, known);
            String basis = d instanceof LocalDate ? BASIS : "dateline without a year, year from the nearest dated article";
            out.add(day == null ? a : new Article(a.id(), a.source(), a.title(), a.outlet(), a.authors(), a.wire(), day,
                    false, basis, a.url(), a.language(), a.mediaType(), a.text(), a.repairs(), a.offsets()));
        }
        return out;
    }

    /**
     * Whether the text still opens with the headline. The cleaner usually keeps the headline in
     * the metadata only; then the text's first line is already the byline, date line or dateline.
     */
    static boolean opensWithTitle(Article a) {
        return a.title() == null || a.title().isBlank() || a.text().stripLeading().startsWith(a.title().strip());
    }

    /** A full date, or a {month, day} pair when the year is missing, or null. */
    static Object read(String text, boolean opensWithTitle) {
        for (String segment : head(text, opensWithTitle)) {
            for (TimeMention t : TemporalTagger.english().tag(segment, null)) {
                if (t.type() != TimexType.DATE || t.value() == null) continue;
                if (t.value().matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(t.value());
                Matcher m = NO_YEAR.matcher(t.value());
                if (m.matches()) return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            }
        }
        return null;
    }

    private static List<String> head(String text, boolean opensWithTitle) {
        List<String> out = new ArrayList<>();
        int lines = opensWithTitle ? 0 : 1;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (lines > 0) {
                Matcher m = DATELINE.matcher(l);
                if (m.find()) out.add(m.group());
                if (l.length() > MAX_HEAD_LINE) break;
                out.add(l);
            }
            if (++lines > HEAD_LINES) break;
        }
        return out;
    }

    private static LocalDate nearestYear(int[] monthDay, List<LocalDate> known) {
        if (known.isEmpty()) return null;
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        for (LocalDate k : known) {
            for (int y = k.getYear() - 1; y <= k.getYear() + 1; y++) {
                if (monthDay[1] > java.time.YearMonth.of(y, monthDay[0]).lengthOfMonth()) continue;
                LocalDate c = LocalDate.of(y, monthDay[0], monthDay[1]);
                long gap = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(c, k));
                if (gap < bestGap) {
                    bestGap = gap;
                    best = c;
                }
            }
        }
        return best;
    }
}
