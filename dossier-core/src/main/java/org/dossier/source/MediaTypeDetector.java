package org.dossier.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides a document's media type from its first bytes, with the file name only as a tie-breaker:
 * a saved page called {@code .txt} is still HTML, and a PDF is a PDF whatever its name.
 *
 * <p>Only the head of a document is looked at ({@link #HEAD_BYTES}), so detection never needs the
 * whole input in memory. The order of the checks matters: signatures that cannot be mistaken
 * (PDF, zip, gzip, WARC) come first, then markup and JSON, then the binary-versus-text test, and
 * last the Markdown-versus-plain-text judgement.
 *
 * <pre>{@code
 * String type = new MediaTypeDetector().detect("saved.txt", head);   // "text/html" if it is HTML
 * }</pre>
 */
public class MediaTypeDetector {
    /** How many leading bytes detection looks at. */
    public static final int HEAD_BYTES = 16 * 1024;

    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String HTML = "text/html";
    public static final String BINARY = "application/octet-stream";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    /** An office container that is not a word-processing document (spreadsheet, slides...). */
    public static final String OTHER_OFFICE = "application/x-office-other";
    /** A zip archive of other files (e.g. a folder of saved pages), expanded member by member. */
    public static final String ZIP = "application/zip";
    /** A gzip stream of something other than WARC: unwrapped and detected again. */
    public static final String GZIP = "application/gzip";
    /** A WARC file, compressed or not (the WARC reader handles per-record gzip itself). */
    public static final String WARC = "application/warc";
    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";
    /** XML that is neither a feed nor XHTML. */
    public static final String XML = "application/xml";
    /** A JSON file: one record, an array of records, or records one after another. */
    public static final String JSON = "application/json";
    /** JSON Lines: one record per line; a corrupt line is skipped, the rest kept. */
    public static final String JSON_LINES = "application/x-ndjson";
    /** One article record with news-please's field names (a member of a JSON or JSON Lines file). */
    public static final String NEWS_RECORD = "application/vnd.dossier.news-record+json";

    /**
     * The media type of a document.
     *
     * @param name  the file name or URL, used only to break ties
     * @param bytes the document's first bytes (at least {@link #HEAD_BYTES} when it has them)
     */
    public String detect(String name, byte[] bytes) {
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int n = Math.min(bytes.length, HEAD_BYTES);
        if (startsWith(bytes, 0x1f, 0x8b)) return GzipPeek.isWarc(bytes, n) ? WARC : GZIP;
        if (startsWith(bytes, 'P', 'K', 3, 4)) return ZipSniffer.detect(bytes, n, lowerName);
        if (indexOf(bytes, Math.min(n, 1024), "%PDF-") >= 0) return PDF;
        if (startsWith(bytes, 'W', 'A', 'R', 'C', '/')) return WARC;
        boolean hasBom = startsWith(bytes, 0xef, 0xbb, 0xbf) || startsWith(bytes, 0xfe, 0xff)
                || startsWith(bytes, 0xff, 0xfe);
        String head = asciiHead(bytes, n);
        String markup = MarkupSniffer.detect(head);
        if (markup != null) return markup;
        String json = JsonSniffer.detect(head, lowerName);
        if (json != null) return json;
        if (!hasBom && looksBinary(bytes, n)) return BINARY;
        return TextSniffer.isMarkdown(head, lowerName) ? MARKDOWN : TEXT;
    }

    /** Control bytes other than whitespace in the head mean the content is not text. */
    static boolean looksBinary(byte[] bytes, int n) {
        int bad = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20) || b == 0x7f) bad++;
        }
        return n > 0 && bad * 50 > n;
    }

    /** The head as Latin-1 (one char per byte, so byte offsets survive), BOM and leading space removed. */
    private static String asciiHead(byte[] bytes, int n) {
        int start = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
        return new String(bytes, start, Math.max(0, n - start), StandardCharsets.ISO_8859_1).stripLeading();
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }

    static int indexOf(byte[] bytes, int limit, String ascii) {
        outer:
        for (int i = 0; i + ascii.length() <= limit; i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (bytes[i + j] != ascii.charAt(j)) continue outer;
            }
            return i;
        }
        return -1;
    }
}
