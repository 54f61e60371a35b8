package org.dossier.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides a document's media type from its first bytes, with the file name only as a tie-breaker:
 * a saved page called {@code .txt} is still HTML, and a PDF is a PDF whatever its name.
 */
public class MediaTypeDetector {
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String HTML = "text/html";
    public static final String BINARY = "application/octet-stream";

    public String detect(String name, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.contains("<head")) {
            return HTML;
        }
        if (looksBinary(bytes)) return BINARY;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) return MARKDOWN;
        return TEXT;
    }

    /** Control bytes other than whitespace in the first 4 KiB mean the content is not text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096), bad = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20)) bad++;
        }
        return n > 0 && bad * 20 > n;
    }
}
