package org.dossier.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text that remembers, for every character, where it came from in the raw input.
 *
 * <p>Every cleaning step (dropping boilerplate, undoing hyphenation, repairing mojibake) works on a
 * {@code MappedText} and returns a new one, so the offset map composes for free: the final
 * article text can always be traced back to the decoded raw input, which is what lets a reader
 * click a citation through to the source words. Instances are immutable.
 *
 * <p>Each character {@code i} of {@link #text()} maps to raw offset {@code rawOffset(i)}. Inserted
 * characters (a space that joins two blocks, the replacement of a repaired word) map to the raw
 * offset of the text they replace or follow.
 */
public final class MappedText implements CharSequence {
    private final String text;
    private final int[] raw;   // raw offset of each char; length text.length() + 1 (end sentinel)

    private MappedText(String text, int[] raw) {
        this.text = text;
        this.raw = raw;
    }

    /** The identity mapping: {@code text} is itself the raw input (or a slice of it at {@code rawStart}). */
    public static MappedText identity(String text, int rawStart) {
        int[] raw = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) raw[i] = rawStart + i;
        return new MappedText(text, raw);
    }

    /** The identity mapping over a whole raw text. */
    public static MappedText of(String raw) {
        return identity(raw, 0);
    }

    /** Text with an explicit per-character map ({@code raw.length == text.length() + 1}). */
    public static MappedText of(String text, int[] raw) {
        if (raw.length != text.length() + 1) {
            throw new IllegalArgumentException("map length " + raw.length + " for text length " + text.length());
        }
        return new MappedText(text, raw.clone());
    }

    /** Text that has no place in the raw input (a separator), pinned to {@code rawOffset}. */
    public static MappedText synthetic(String text, int rawOffset) {
        int[] raw = new int[text.length() + 1];
        Arrays.fill(raw, rawOffset);
        return new MappedText(text, raw);
    }

    public static MappedText empty() {
        return new MappedText("", new int[] {0});
    }

    public String text() {
        return text;
    }

    /** Raw offset of character {@code i}; {@code i == length()} gives the raw end offset. */
    public int rawOffset(int i) {
        return raw[i];
    }

    /** The raw span covered by cleaned span [start, end). */
    public Span rawSpan(int start, int end) {
        if (start >= end) return new Span(raw[start], raw[start]);
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int i = start; i < end; i++) {
            lo = Math.min(lo, raw[i]);
            hi = Math.max(hi, raw[i] + 1);
        }
        return new Span(lo, hi);
    }

    /** A copy of the per-character map, end sentinel included. */
    public int[] rawOffsets() {
        return raw.clone();
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public MappedText subSequence(int start, int end) {
        int[] sub = Arrays.copyOfRange(raw, start, end + 1);
        if (end > start) sub[end - start] = raw[end - 1] + 1;
        return new MappedText(text.substring(start, end), sub);
    }

    /** Replaces [start, end) with {@code replacement}; the new characters map to the replaced region. */
    public MappedText replace(int start, int end, String replacement) {
        int n = replacement.length();
        int[] out = new int[text.length() - (end - start) + n + 1];
        System.arraycopy(raw, 0, out, 0, start);
        int from = raw[start];
        int to = end > start ? raw[end - 1] + 1 : from;
        for (int i = 0; i < n; i++) {
            // spread the new characters over the replaced raw region, so spans stay ordered
            out[start + i] = n == 0 ? from : from + (int) ((long) (to - from) * i / Math.max(1, n));
        }
        System.arraycopy(raw, end, out, start + n, raw.length - end);
        return new MappedText(text.substring(0, start) + replacement + text.substring(end), out);
    }

    /** This text followed by {@code other}, each keeping its own map. */
    public MappedText append(MappedText other) {
        if (text.isEmpty()) return other;
        if (other.text.isEmpty()) return this;
        int[] out = new int[text.length() + other.text.length() + 1];
        System.arraycopy(raw, 0, out, 0, text.length());
        System.arraycopy(other.raw, 0, out, text.length(), other.raw.length);
        return new MappedText(text + other.text, out);
    }

    /** Strips leading and trailing whitespace, keeping the map. */
    public MappedText strip() {
        int s = 0, e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return s == 0 && e == text.length() ? this : subSequence(s, e);
    }

    /** The compact, serializable form of the map. */
    public OffsetMap offsetMap() {
        return OffsetMap.fromPerCharacter(raw, text.length());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MappedText m && text.equals(m.text) && Arrays.equals(raw, m.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, Arrays.hashCode(raw));
    }

    @Override
    public String toString() {
        return text;
    }
}
