package org.dossier.meta;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's URL says about it: its host (and so the outlet) and, on many news sites, the
 * publication date in the path ({@code /2024/05/17/slug}, {@code /2024-05-17/slug}).
 */
public final class UrlFacts {
    private static final Pattern PATH_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Pattern PATH_DATE_COMPACT = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go");
    private static final Pattern ANY_URL = Pattern.compile("https?://[^\\s<>()\"'\\]]+");

    private UrlFacts() {}

    /** The publication date written in the URL's path, if any. */
    public static Optional<LocalDate> pathDate(String url) {
        String path = path(url);
        if (path == null) return Optional.empty();
        Matcher m = PATH_DATE.matcher(path);
        if (!m.find()) {
            m = PATH_DATE_COMPACT.matcher(path);
            if (!m.find()) return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The host without {@code www.}-like prefixes, lower case, or {@code null}. */
    public static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^(?:www\\d?|m|amp|mobile)\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The registrable name of a host: {@code news.bbc.co.uk} gives {@code bbc},
     * {@code edition.example.com} gives {@code example}.
     */
    public static String siteLabel(String host) {
        String[] labels = host.split("\\.");
        if (labels.length < 2) return labels[0];
        int i = labels.length - 2;
        if (labels.length >= 3 && labels[labels.length - 1].length() == 2 && SECOND_LEVEL.contains(labels[i])) i--;
        return labels[i];
    }

    /** The first http(s) URL written in a line of text, without surrounding brackets. */
    public static Optional<String> firstUrl(String text) {
        Matcher m = ANY_URL.matcher(text);
        return m.find() ? Optional.of(m.group().replaceAll("[.,;:>]+$", "")) : Optional.empty();
    }

    /** Whether a string is an absolute http(s) URL. */
    public static boolean isAbsolute(String url) {
        return url != null && url.matches("(?i)https?://[^\\s/]+.*");
    }

    private static String path(String url) {
        try {
            return URI.create(url.strip().replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
