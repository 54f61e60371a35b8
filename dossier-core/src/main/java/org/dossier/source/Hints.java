package org.dossier.source;

/** Keys of {@link RawDocument#hints()}: what a carrier (HTTP, WARC, feed, export) said about a document. */
public final class Hints {
    /** Charset declared by the carrier, e.g. from an HTTP {@code Content-Type} header. */
    public static final String CHARSET = "charset";
    /** Publication or capture date given by the carrier (ISO-8601). */
    public static final String DATE = "date";
    /** True when {@link #DATE} is a capture/crawl date rather than a publication date. */
    public static final String DATE_IS_CAPTURE = "date_is_capture";
    public static final String TITLE = "title";
    public static final String AUTHORS = "authors";
    public static final String OUTLET = "outlet";
    public static final String LANGUAGE = "language";
    public static final String DESCRIPTION = "description";
    /** The media type the carrier declared (HTTP or WARC {@code Content-Type}), without parameters. */
    public static final String CONTENT_TYPE = "content_type";

    private Hints() {}
}
