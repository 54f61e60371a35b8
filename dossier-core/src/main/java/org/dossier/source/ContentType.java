package org.dossier.source;

import java.util.Locale;

/** Reads the parts of a {@code Content-Type} header value: {@code text/html; charset=ISO-8859-1}. */
public final class ContentType {
    private ContentType() {}

    /** The media type without parameters, lower case, or {@code null}. */
    public static String mimeType(String header) {
        if (header == null || header.isBlank()) return null;
        int semi = header.indexOf(';');
        String type = (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    /** The {@code charset} parameter without quotes, or {@code null}. */
    public static String charset(String header) {
        if (header == null) return null;
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String value = p.substring(8).trim().replace("\"", "").replace("'", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
