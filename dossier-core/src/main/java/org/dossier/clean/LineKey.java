package org.dossier.clean;


/**
 * The normalized form under which lines are compared across documents: lower case, digits
 * folded to {@code 0} (so "Page 3 of 9" and "Page 4 of 9" match), runs of anything that is not a
 * letter or digit folded to one space.
 */
public final class LineKey {
    private LineKey() {}

    public static String of(CharSequence line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean gap = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && sb.length() > 0) sb.append(' ');
                gap = false;
                sb.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** A 64-bit hash of the normalized line, which is all the corpus statistics keep. */
    public static long hash(String normalized) {
        long h = 0xcbf29ce484222325L;   // FNV-1a
        for (int i = 0; i < normalized.length(); i++) {
            h ^= normalized.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
