package org.dossier.source;

/**
 * A web resource as downloaded.
 *
 * @param url         the final URL, after redirects
 * @param content     the body, never larger than the fetcher's limit
 * @param contentType the {@code Content-Type} header, or {@code null}
 */
public record FetchedResource(String url, byte[] content, String contentType) {
    /** The {@code charset} parameter of the content type, or {@code null}. */
    public String charset() {
        return ContentType.charset(contentType);
    }

    /** The content type without parameters, lower case, or {@code null}. */
    public String mimeType() {
        return ContentType.mimeType(contentType);
    }
}
