package org.dossier.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline: "By Jane Doe and John Roe", "By: JD | Agency Brief", "Jane Doe, Associated
 * Press", "Von Anna Beispiel, dpa | 19.03.2026". A byline names people, agencies, or both, and
 * often a date; each goes to its own field (an agency is the story's wire, never an author).
 */
public final class Bylines {
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:written\\s+by|words\\s+by|reporting\\s+by|story\\s+by|text\\s+by|posted\\s+by|by|von|par|por"
                    + "|door|av|af|autor(?:in)?|author|auteur|text)\\b\\s*[:\\-–]?\\s*");
    /** A screen-reader label glued to the name: "AuthorJane Doe", "VonAnna Beispiel". */
    private static final Pattern GLUED_LABEL = Pattern.compile("^\\s*(?:Author|Autor|Autorin|By|Von|Posted by)(?=\\p{Lu}\\p{Ll})");
    /** Where a byline starts inside a longer label ("Post author By Jane Doe"). */
    private static final Pattern INNER_PREFIX = Pattern.compile("(?iu)(?<=\\s|^)(?:by|von|par|por|door)\\s+(?=\\p{Lu})");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern PARTS = Pattern.compile("\\s*(?:\\||·|•|\\s/\\s|\\s[-–—]\\s)\\s*");
    private static final Pattern DATE_LEAD_IN = Pattern.compile(
            "(?i)[\\s,|]*(?:published|posted|updated|on|am|le|el|il|vom|,)?[\\s,:|]*$");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\\b");

    /** What a byline says. */
    public record Byline(List<String> authors, List<String> agencies, Optional<LocalDate> date) {
        public Byline {
            authors = List.copyOf(authors);
            agencies = List.copyOf(agencies);
        }

        public boolean isEmpty() {
            return authors.isEmpty() && agencies.isEmpty();
        }
    }

    private Bylines() {}

    /** Whether a line opens like a byline ("By ...", "Von ...", "Written by ..."). */
    public static boolean hasPrefix(String line) {
        return PREFIX.matcher(line).find() && !PREFIX.matcher(line).replaceFirst("").isBlank();
    }

    /** The line without its byline opener. */
    static String stripPrefix(String line) {
        return PREFIX.matcher(GLUED_LABEL.matcher(line).replaceFirst("")).replaceFirst("");
    }

    /**
     * Reads the text of a byline element of a page, which may carry labels before the byline
     * proper ("Post author By Jane Doe") or none at all ("Jane Doe, Staff Writer").
     */
    public static Optional<Byline> fromMarkup(String text) {
        String t = GLUED_LABEL.matcher(MARKDOWN_LINK.matcher(text.strip()).replaceAll("$1")).replaceFirst("");
        Matcher inner = INNER_PREFIX.matcher(t);
        if (!hasPrefix(t) && inner.find() && inner.start() > 0 && inner.start() < 40) t = t.substring(inner.start());
        return fromText(hasPrefix(t) ? t : "By " + t);
    }

    /**
     * Reads a line found in running text as a byline. It must open like one and be short; a
     * sentence that merely starts with "By" ("By Thursday, officials had...") yields nothing.
     */
    public static Optional<Byline> fromText(String line) {
        String l = MARKDOWN_LINK.matcher(line.strip()).replaceAll("$1");
        if (l.length() > 160 || !hasPrefix(l)) return Optional.empty();
        String rest = stripPrefix(l);
        if (WEEKDAY.matcher(rest.split("[,|]")[0]).find()) return Optional.empty();
        if (rest.split("\\s+").length > 14 && rest.endsWith(".")) return Optional.empty();
        Byline b = parse(rest, false);
        return b.isEmpty() ? Optional.empty() : Optional.of(b);
    }

    /** Reads an author value from structured metadata, which may hold a whole byline. */
    public static Byline fromMetadata(String value) {
        String v = MARKDOWN_LINK.matcher(value.strip()).replaceAll("$1");
        Byline b = parse(stripPrefix(v), true);
        Matcher inner = INNER_PREFIX.matcher(v);
        if (b.isEmpty() && inner.find() && inner.start() > 0) b = parse(v.substring(inner.end()), true);
        return b;
    }

    private static Byline parse(String text, boolean structured) {
        Optional<LocalDate> date = DateParsing.find(text);
        String t = text;
        int at = DateParsing.indexOfDate(t);
        if (at >= 0) t = DATE_LEAD_IN.matcher(t.substring(0, at)).replaceAll("");
        List<String> authors = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        for (String part : PARTS.split(t)) {
            List<String> named = WireAgencies.mentioned(part);
            String left = named.isEmpty() ? part : WireAgencies.without(part);
            left = left.replaceAll("\\s(?:with|for|via|from|in|at|aus|für|pour|para|per)(?:\\s.*)?$", "");
            for (String a : named) if (!agencies.contains(a)) agencies.add(a);
            for (String n : AuthorNames.names(left, structured)) if (!authors.contains(n)) authors.add(n);
        }
        return new Byline(authors, agencies, date);
    }
}
