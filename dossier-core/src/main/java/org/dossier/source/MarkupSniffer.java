package org.dossier.source;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes markup by its first element: HTML (a full page or a saved fragment), RSS and Atom
 * feeds, other XML. Comments, processing instructions and a doctype before the root are skipped.
 */
final class MarkupSniffer {
    private static final Pattern PROLOG = Pattern.compile(
            "\\A(?:\\s+|<\\?[^>]*\\?>|<!--.*?-->|<!doctype[^>]*>)*+", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOT = Pattern.compile("\\A<([a-zA-Z][\\w:.-]*)([^>]*)");
    private static final Pattern HTML_TAG = Pattern.compile(
            "\\A(?:html|head|body|meta|title|link|div|p|article|section|main|header|nav|table|h[1-6]|span|ul|ol|"
                    + "script|style|base|font|center|br|img|a|form|iframe|noscript)\\z");

    private MarkupSniffer() {}

    /** The markup media type, or {@code null} when the head is not markup. */
    static String detect(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html")) return MediaTypeDetector.HTML;
        Matcher prolog = PROLOG.matcher(head);
        String rest = prolog.lookingAt() ? head.substring(prolog.end()) : head;
        Matcher root = ROOT.matcher(rest);
        if (!root.lookingAt()) return null;
        String name = root.group(1).toLowerCase(Locale.ROOT);
        String local = name.substring(name.indexOf(':') + 1);
        if (local.equals("rss") || (local.equals("rdf") && lower.contains("purl.org/rss"))) return MediaTypeDetector.RSS;
        if (local.equals("feed") && lower.contains("http://www.w3.org/2005/atom")) return MediaTypeDetector.ATOM;
        if (HTML_TAG.matcher(local).matches()) return MediaTypeDetector.HTML;
        boolean xml = lower.startsWith("<?xml");
        if (xml && lower.contains("<html")) return MediaTypeDetector.HTML;
        return xml ? MediaTypeDetector.XML : null;
    }
}
