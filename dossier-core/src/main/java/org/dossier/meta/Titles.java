package org.dossier.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a headline candidate: drops the site name that page titles carry ("Headline | Site",
 * "Site - Headline"), a byline glued to its end ("HeadlineBy Jane Doe"), markup residue, and
 * rejects a "title" that is only the site's name.
 */
public final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|«|»|›|‹|>>|/)\\s+");
    private static final Pattern GLUED_BYLINE = Pattern.compile("(?<=[\\p{Ll}\\p{N}.!?'’\"”)])\\s*By\\s+\\p{Lu}.{1,80}$");
    private static final Pattern TRAILING_DATE_SEP = Pattern.compile("[\\s,|–—-]+$");

    private Titles() {}

    /**
     * The headline in a title candidate, or empty if nothing but a site name is left.
     *
     * @param siteNames     names the site is known by (og:site_name, publisher, host)
     * @param pageTitleLike true for the {@code <title>} element, which nearly always carries the
     *                      site's name after a separator even when we do not know that name
     */
    public static Optional<String> clean(String raw, Collection<String> siteNames, boolean pageTitleLike) {
        String t = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replaceAll("^#+\\s*", "").replaceAll("\\*\\*|__|\\[|]\\([^)]*\\)", "")
                .replaceAll("\\s+", " ").strip();
        t = stripGluedByline(t);
        List<String> parts = new ArrayList<>(Arrays.asList(SEPARATOR.split(t)));
        if (parts.size() > 1) {
            parts.removeIf(p -> isSiteName(p, siteNames));
            if (parts.isEmpty()) return Optional.empty();
            if (pageTitleLike && parts.size() > 1 && SEPARATOR.split(t).length == parts.size()) {
                String last = parts.get(parts.size() - 1);
                if (words(last) <= 4 && words(parts.get(0)) >= 3) parts.remove(parts.size() - 1);
            }
            t = rejoin(t, parts);
        }
        if (isSiteName(t, siteNames) || t.length() < 3) return Optional.empty();
        int dateAt = DateParsing.indexOfDate(t);
        if (dateAt > 10 && t.length() - dateAt < 40) t = TRAILING_DATE_SEP.matcher(t.substring(0, dateAt)).replaceAll("");
        return t.isBlank() ? Optional.empty() : Optional.of(t.strip());
    }

    /** "Headline textBy Jane Doe" or "Headline text By Jane Doe and John Roe": the headline. */
    static String stripGluedByline(String t) {
        Matcher m = GLUED_BYLINE.matcher(t);
        if (m.find() && m.start() > 10 && Bylines.fromText(m.group().strip()).isPresent()) {
            return t.substring(0, m.start()).strip();
        }
        return t;
    }

    /** The byline glued to the end of a headline, if there is one. */
    static Optional<Bylines.Byline> gluedByline(String t) {
        Matcher m = GLUED_BYLINE.matcher(t);
        return m.find() && m.start() > 10 ? Bylines.fromText(m.group().strip()) : Optional.empty();
    }

    /** Whether a string is (a form of) one of the site's names. */
    static boolean isSiteName(String s, Collection<String> siteNames) {
        String k = key(s);
        if (k.isEmpty()) return false;
        for (String name : siteNames) {
            String n = key(name);
            if (n.isEmpty()) continue;
            if (k.equals(n) || k.equals("the" + n) || n.equals("the" + k)) return true;
            if (words(s) <= 4 && (n.startsWith(k) || k.startsWith(n)) && Math.min(k.length(), n.length()) >= 3
                    && Math.abs(k.length() - n.length()) <= 8) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    /** Lower-case letters and digits only: "The Moscow Times" and "themoscowtimes" compare equal. */
    static String key(String s) {
        String marksRemoved = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(marksRemoved.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** Joins the kept parts with the separator that stood between them in the original. */
    private static String rejoin(String original, List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        int from = original.indexOf(parts.get(0));
        int to = original.lastIndexOf(parts.get(parts.size() - 1));
        if (from >= 0 && to >= from) return original.substring(from, to + parts.get(parts.size() - 1).length());
        return String.join(" - ", parts);
    }
}
