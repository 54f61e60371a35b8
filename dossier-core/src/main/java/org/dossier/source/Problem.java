package org.dossier.source;

/**
 * A source that could not be used, and why: one line a user can act on.
 *
 * @param source the input as the user gave it (with {@code #fragment} for a container member)
 * @param reason a short human reason, e.g. "not a PDF: encrypted, no password"
 */
public record Problem(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
