package org.dossier.source;

/** Human wording of byte counts in problem lines. */
final class SizeLimit {
    private SizeLimit() {}

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024) return bytes / (1024 * 1024) + " MB";
        if (bytes >= 1024) return bytes / 1024 + " KB";
        return bytes + " bytes";
    }
}
