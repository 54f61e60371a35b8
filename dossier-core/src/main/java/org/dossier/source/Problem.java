package org.dossier.source;

/**
 * A source that could not be used, and why: one line a user can act on.
 *
 * @param source the input as the user gave it (with {@code #fragment} for a container member)
 * @param reason a short human reason, e.g. "not a PDF: encrypted, no password"
 */
public record Problem(String source, String reason) {
    /**
     * A library's error message made fit for a problem line: its first line, at most 160 characters.
     */
    public static String oneLine(String message) {
        if (message == null || message.isBlank()) return "unknown error";
        String m = message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl).strip();
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
