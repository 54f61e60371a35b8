package org.dossier.clean.repair;

/**
 * The byte each character stands for when UTF-8 bytes were wrongly decoded one byte per
 * character, as Windows-1252 or as Latin-1 (ISO-8859-1, whose C1 controls stand for 0x80-0x9F).
 */
final class Cp1252 {
    /** Marks U+FFFD: some byte was lost (Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined). */
    static final int LOST = -2;
    /** The bytes Windows-1252 cannot decode, likeliest first: 0x9D ends U+201D, the closing quote. */
    static final int[] UNDEFINED = {0x9D, 0x81, 0x8D, 0x8F, 0x90};

    private static final String HIGH = "\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000"
            + "\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178";

    private Cp1252() {}

    /** The byte {@code c} stands for (0-255), {@link #LOST} for U+FFFD, or -1 when it stands for none. */
    static int byteOf(char c) {
        if (c <= 0xFF) return c;
        if (c == '\uFFFD') return LOST;
        int i = HIGH.indexOf(c);
        return i >= 0 && c != 0 ? 0x80 + i : -1;
    }

    static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /** Number of continuation bytes a UTF-8 lead byte announces, or -1 when {@code b} is no lead byte. */
    static int continuations(int b) {
        if (b >= 0xC2 && b <= 0xDF) return 1;
        if (b >= 0xE0 && b <= 0xEF) return 2;
        if (b >= 0xF0 && b <= 0xF4) return 3;
        return -1;
    }

    /** Decodes one UTF-8 sequence, or returns -1 when it is not a valid, shortest-form scalar value. */
    static int decode(int[] bytes) {
        int n = bytes.length, cp;
        if (n == 2) cp = ((bytes[0] & 0x1F) << 6) | (bytes[1] & 0x3F);
        else if (n == 3) cp = ((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F);
        else cp = ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3F) << 12) | ((bytes[2] & 0x3F) << 6) | (bytes[3] & 0x3F);
        int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
        return cp;
    }
}
