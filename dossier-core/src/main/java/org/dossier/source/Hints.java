package org.dossier.source;

/**
 * Keys of {@link RawDocument#hints()}: what a carrier (HTTP, WARC, feed, export) said about a document.
 *
 * <p>Who sets what:
 * <ul>
 *   <li>URL input: {@link #CHARSET} and {@link #CONTENT_TYPE} from the HTTP {@code Content-Type}.
 *   <li>File or URL detected as HTML or XML without a carrier charset: {@link #CHARSET} from the
 *       document's own {@code <meta charset>} or XML declaration.
 *   <li>WARC response: {@link #DATE} (capture instant, e.g. {@code 2025-05-02T07:30:00Z}) with
 *       {@link #DATE_IS_CAPTURE} {@code "true"}, {@link #CHARSET} and {@link #CONTENT_TYPE} from the
 *       captured HTTP {@code Content-Type}; the target URI is the document's URL.
 *   <li>Feed item: {@link #TITLE}, {@link #DATE} (the item's published, else updated instant),
 *       {@link #AUTHORS}, {@link #OUTLET} (the feed's title), {@link #LANGUAGE} (the feed's),
 *       {@link #DESCRIPTION} (when the body came from fuller content), {@link #CHARSET} {@code UTF-8};
 *       the item link is the document's URL.
 * </ul>
 * News-please records carry no hints: their fields are the document, and its parser turns them
 * into metadata candidates.
 */
public final class Hints {
    /** Charset declared by the carrier, e.g. from an HTTP {@code Content-Type} header. */
    public static final String CHARSET = "charset";
    /** Publication or capture date given by the carrier (ISO-8601). */
    public static final String DATE = "date";
    /** True when {@link #DATE} is a capture/crawl date rather than a publication date. */
    public static final String DATE_IS_CAPTURE = "date_is_capture";
    public static final String TITLE = "title";
    /** Author names separated by {@code "; "}. */
    public static final String AUTHORS = "authors";
    public static final String OUTLET = "outlet";
    public static final String LANGUAGE = "language";
    public static final String DESCRIPTION = "description";
    /** The media type the carrier declared (HTTP or WARC {@code Content-Type}), without parameters. */
    public static final String CONTENT_TYPE = "content_type";

    private Hints() {}
}
