package org.dossier.parse.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.Charsets;

/**
 * Decodes the bytes of an HTML page into the string that every block offset points into.
 *
 * <p>Order of evidence, as browsers weigh it: a byte-order mark, then the charset the carrier
 * declared (an HTTP header), then a {@code <meta charset>} or {@code http-equiv} declaration in the
 * first few kilobytes, then strict UTF-8 with Windows-1252 as the fallback. One deliberate
 * departure from browsers: when a page declares a single-byte Western charset but its bytes are
 * valid UTF-8 with non-ASCII sequences, UTF-8 wins, because such bytes are practically never an
 * accident while wrong declarations are common on re-saved pages.
 */
public final class HtmlDecoder {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {}

    /** The decoded page; {@code declared} is the carrier's charset or {@code null}. */
    public static String decode(byte[] bytes, String declared) {
        if (hasBom(bytes)) return Charsets.decode(bytes, null);
        String charset = usable(declared);
        if (charset == null) charset = usable(sniffMeta(bytes));
        if (charset != null && isSingleByteWestern(charset) && hasNonAscii(bytes) && Charsets.isValidUtf8(bytes)) {
            charset = null;
        }
        return Charsets.decode(bytes, charset);
    }

    /** The charset named by a meta declaration near the start of the page, or {@code null}. */
    static String sniffMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /**
     * A charset name Java knows, mapped as the HTML standard says (Latin-1 and ASCII labels mean
     * Windows-1252; a UTF-16 label inside an 8-bit page means UTF-8), or {@code null}.
     */
    static String usable(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("iso_8859-1")) {
            return "windows-1252";
        }
        if (n.startsWith("utf-16") || n.equals("utf16")) return "utf-8";
        try {
            return Charset.isSupported(n) ? Charset.forName(n).name() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isSingleByteWestern(String charset) {
        String n = charset.toLowerCase(Locale.ROOT);
        return n.equals("windows-1252") || n.startsWith("iso-8859") || n.equals("windows-1250");
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF
                || b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                        || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }
}
