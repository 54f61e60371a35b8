package org.dossier.dedup;

import java.util.Arrays;

/**
 * Word shingles of a text as sorted, distinct 64-bit hashes, plus the hash of the whole normalized
 * token sequence.
 *
 * <p>Normalization keeps only what survives every re-publication of one text: letters and digits,
 * lower-cased, split at everything else. Punctuation, quotes, markup residue, line breaks and
 * whitespace therefore never change a shingle, so a reflowed or re-quoted copy hashes the same.
 *
 * <p>A text shorter than one shingle yields a single shingle of all its words, so a one-word text
 * still has a signature (and equals only other texts of that one word).
 */
public final class Shingles {
    private static final long TOKEN_SEED = 0xcbf29ce484222325L;
    private static final long TOKEN_PRIME = 0x100000001b3L;

    /** Lower-cased ASCII letters and digits; -1 for everything else (the fast path of tokenizing). */
    private static final int[] ASCII_FOLD = new int[128];

    static {
        for (int c = 0; c < 128; c++) ASCII_FOLD[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
    }

    private Shingles() {}

    /** Hashes of the text's normalized word tokens, in order. */
    public static long[] tokenHashes(CharSequence text) {
        // one bulk copy beats a virtual charAt per character on the hot path
        char[] chars = text.toString().toCharArray();
        long[] out = new long[Math.max(16, chars.length / 5)];
        int n = 0;
        long h = TOKEN_SEED;
        boolean inToken = false;
        for (int i = 0, len = chars.length; i < len; ) {
            char c = chars[i];
            int folded;
            if (c < 128) {
                folded = ASCII_FOLD[c];
                i++;
            } else {
                int cp = Character.codePointAt(chars, i);
                i += Character.charCount(cp);
                folded = Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : -1;
            }
            if (folded >= 0) {
                h = (h ^ folded) * TOKEN_PRIME;
                inToken = true;
            } else if (inToken) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = mix(h);
                h = TOKEN_SEED;
                inToken = false;
            }
        }
        if (inToken) {
            if (n == out.length) out = Arrays.copyOf(out, n + 1);
            out[n++] = mix(h);
        }
        return Arrays.copyOf(out, n);
    }

    /** Hash of the whole token sequence: equal for texts that differ only in case, punctuation or spacing. */
    public static long sequenceHash(long[] tokens) {
        long h = 0x9e3779b97f4a7c15L ^ tokens.length;
        for (long t : tokens) h = mix(h * 31 + t);
        return h;
    }

    /**
     * Distinct, sorted hashes of the {@code size}-word shingles of the tokens; a single shingle of
     * all tokens when there are fewer than {@code size}; none for no tokens.
     */
    public static long[] of(long[] tokens, int size) {
        long[] out = distinct(tokens, size);
        Arrays.sort(out);
        return out;
    }

    /** Like {@link #of} but in no particular order (deduplicated through a hash table, not a sort). */
    static long[] distinct(long[] tokens, int size) {
        if (tokens.length == 0) return new long[0];
        int k = Math.min(size, tokens.length);
        int count = tokens.length - k + 1;
        int capacity = Integer.highestOneBit(Math.max(4, count) * 2) * 2;
        long[] table = new long[capacity];
        boolean zeroSeen = false;
        long[] out = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            long h = k;
            for (int j = 0; j < k; j++) h = Long.rotateLeft(h, 23) * 0x9e3779b97f4a7c15L + tokens[i + j];
            h = mix(h);
            if (h == 0) {
                // 0 marks an empty slot in the table
                if (!zeroSeen) out[n++] = 0;
                zeroSeen = true;
                continue;
            }
            int slot = (int) (h >>> 40) & (capacity - 1);
            while (table[slot] != 0 && table[slot] != h) slot = (slot + 1) & (capacity - 1);
            if (table[slot] == 0) {
                table[slot] = h;
                out[n++] = h;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Murmur3's 64-bit finalizer: spreads every input bit over the whole hash. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
