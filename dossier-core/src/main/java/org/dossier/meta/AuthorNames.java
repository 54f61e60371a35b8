package org.dossier.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the author strings pages carry into person names, dropping the junk that sits in author
 * slots: "Email the author", "Staff", job titles, dates, e-mail addresses, social handles, URLs.
 *
 * <p>Two levels of strictness: a byline found in running text must look like a name (capitalised
 * words, initials, name particles); a value from structured metadata ({@code meta name=author},
 * JSON-LD) was put there as a name, so a lower-case pen name passes, but junk words never do.
 */
public final class AuthorNames {
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "\\s*(?:;|,|\\s&\\s|\\s(?:and|und|et|y|e|en|och|og|i)\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<!\\S)@\\w+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            "(?i)\\s+(?:is|was|has|writes|covers|reports)\\s.*$");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "da", "del", "della", "der", "den",
            "di", "du", "dos", "das", "do", "la", "le", "ten", "ter", "bin", "ibn", "al", "el", "y", "zu", "af", "st.");
    private static final Set<String> JUNK = Set.of(
            "email", "e-mail", "mail", "author", "authors", "staff", "editor", "editors", "editorial", "edited",
            "correspondent", "correspondents", "reporter", "reporters", "reporting", "writer", "writers",
            "contributor", "contributors", "contributing", "columnist", "team", "desk", "newsroom", "admin",
            "administrator", "guest", "updated", "update", "published", "posted", "read", "more", "follow",
            "view", "posts", "profile", "photo", "photos", "photographer", "video", "share", "comment",
            "comments", "news", "press", "media", "agency", "agencies", "wire", "wires", "service", "brief",
            "briefs", "report", "opinion", "analysis", "senior", "chief", "deputy", "bureau", "producer",
            "anchor", "sponsored", "content", "partner", "redaktion", "redakteur", "redakteurin", "autor",
            "autorin", "rédaction", "redacción", "redazione", "unknown", "anonymous", "by", "min", "mins",
            "minute", "minutes", "twitter", "facebook", "instagram", "linkedin", "x", "subscribe", "newsletter",
            "contact", "about", "copyright", "all", "rights", "reserved", "feedback", "bio", "biography",
            "articles", "stories", "journalist", "journalists", "associate", "assistant", "managing",
            "executive", "political", "politics", "business", "sports", "health", "science", "technology",
            "international", "national", "foreign", "affairs", "economics", "economy", "world", "local",
            "editor-in-chief", "freelance", "freelancer", "intern", "online", "digital", "web", "blog",
            "site", "website", "homepage", "home", "today", "yesterday", "ago", "am", "pm", "et", "gmt", "utc",
            "phd", "ph.d", "md", "m.d", "mph", "mba", "msc", "bsc", "rn", "dds");

    private AuthorNames() {}

    /**
     * The person names in one author value or byline fragment, junk removed. Agency names are
     * not people: find them with {@link WireAgencies} first.
     *
     * @param structured true for values from structured metadata (lenient about shape)
     */
    public static List<String> names(String value, boolean structured) {
        String v = URL.matcher(value).replaceAll(" ");
        v = EMAIL.matcher(v).replaceAll(" ");
        v = HANDLE.matcher(v).replaceAll(" ");
        v = v.replaceAll("\\([^)]*\\)|\\[[^]]*]\\([^)]*\\)", " ");
        v = v.replaceAll("[\\[\\]*_#<>\"“”]", " ").replaceAll("\\s+", " ").strip();
        List<String> out = new ArrayList<>();
        for (String piece : LIST_SEPARATOR.split(v)) {
            String name = TRAILING_CLAUSE.matcher(piece).replaceAll("");
            name = Bylines.stripPrefix(name).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
            if (isName(name, structured)) out.add(normaliseCase(name));
        }
        return out;
    }

    /** Whether a string has the shape of a person's name and carries no junk word. */
    public static boolean isName(String s, boolean structured) {
        if (s.isEmpty() || s.length() > 60 || s.matches(".*\\d.*")) return false;
        if (WireAgencies.named(s).isPresent()) return false;
        String[] tokens = s.split("\\s+");
        if (tokens.length > 5) return false;
        int letters = 0;
        for (String t : tokens) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (JUNK.contains(lower.replaceAll("[.:,]+$", ""))) return false;
            if (Months.NAMES.containsKey(lower.replace(".", "")) && tokens.length == 1) return false;
            if (!t.matches("[\\p{L}][\\p{L}\\p{M}.'’-]*")) return false;
            letters += t.replaceAll("[^\\p{L}]", "").length();
            boolean capital = Character.isUpperCase(t.charAt(0));
            if (!capital && !PARTICLES.contains(lower) && !structured) return false;
        }
        if (letters < 2) return false;
        if (!structured && tokens.length == 1) {
            // a lone word in a byline is a name only if it is initials ("TA") or a capitalised word
            return tokens[0].matches("\\p{Lu}{2,3}") || tokens[0].matches("\\p{Lu}\\p{Ll}+");
        }
        return true;
    }

    /** "JANE DOE" becomes "Jane Doe"; mixed case and initials stay as written. */
    static String normaliseCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.replaceAll("[^\\p{L}]", "").length() <= 3) return name;
        StringBuilder sb = new StringBuilder();
        for (String t : name.split("\\s+")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.length() <= 2 ? t : t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
