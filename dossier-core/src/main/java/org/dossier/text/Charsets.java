package org.dossier.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes bytes of unknown or untrustworthy encoding.
 *
 * <p>Order of evidence: a byte-order mark; then bytes that are valid UTF-8 with multi-byte
 * sequences (no single-byte charset produces those by accident, so they beat a declaration of
 * Latin-1 or Windows-1252, the most common mislabel); then a declared charset; then UTF-8 if the
 * bytes are valid or nearly so (a stray bad byte becomes U+FFFD instead of turning every accented
 * letter into mojibake); Windows-1252 otherwise (the common case for old Western pages). Mojibake
 * that survives this is the repair stage's job.
 */
public final class Charsets {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "\\A\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{2,40})[\"']");

    private Charsets() {}

    public static String decode(byte[] bytes, String declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Utf8Stats utf8 = Utf8Stats.of(bytes);
        Charset cs = forName(declared);
        if (cs != null && !(utf8.isValid() && utf8.multiByte() > 0 && isSingleByte(cs))
                && !(cs.equals(StandardCharsets.UTF_8) && !utf8.isMostlyValid())) {
            return new String(bytes, cs);
        }
        return utf8.isMostlyValid() ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252);
    }

    public static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The charset a markup document declares for itself in its head ({@code <meta charset>},
     * {@code <meta http-equiv="Content-Type" content="...; charset=...">}, or an XML declaration),
     * or {@code null}.
     */
    public static String declaredInMarkup(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(text);
        if (xml.find()) return xml.group(1);
        Matcher meta = META_CHARSET.matcher(text);
        return meta.find() ? meta.group(1) : null;
    }

    /** The charset of that name, or {@code null} when the name is missing, unknown or unsupported. */
    static Charset forName(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            String n = name.trim().toLowerCase(Locale.ROOT);
            // browsers read these labels as Windows-1252, a superset; pages labelled so use its extra letters
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
                return WINDOWS_1252;
            }
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isSingleByte(Charset cs) {
        return cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }
}
