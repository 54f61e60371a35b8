package org.dossier.text;

/**
 * How well bytes fit UTF-8: counts of well-formed multi-byte sequences and of malformed bytes.
 *
 * @param multiByte well-formed sequences of two to four bytes
 * @param malformed bytes that are not part of any well-formed sequence
 */
record Utf8Stats(int multiByte, int malformed) {
    static Utf8Stats of(byte[] b) {
        int multi = 0, bad = 0, i = 0, n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            if (len == 0 || !continues(b, i, len)) {
                bad++;
                i++;
                continue;
            }
            multi++;
            i += len;
        }
        return new Utf8Stats(multi, bad);
    }

    private static boolean continues(byte[] b, int i, int len) {
        if (i + len > b.length) return false;
        for (int k = 1; k < len; k++) {
            if ((b[i + k] & 0xC0) != 0x80) return false;
        }
        int c0 = b[i] & 0xff, c1 = b[i + 1] & 0xff;
        if (c0 == 0xE0 && c1 < 0xA0) return false;   // overlong
        if (c0 == 0xED && c1 >= 0xA0) return false;  // surrogate
        if (c0 == 0xF0 && c1 < 0x90) return false;   // overlong
        return !(c0 == 0xF4 && c1 >= 0x90);          // beyond U+10FFFF
    }

    boolean isValid() {
        return malformed == 0;
    }

    /** Valid, or a few stray bad bytes among many good sequences (one damaged spot in a UTF-8 page). */
    boolean isMostlyValid() {
        return malformed == 0 || multiByte >= 10 * malformed;
    }
}
