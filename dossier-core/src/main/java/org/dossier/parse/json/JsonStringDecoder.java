package org.dossier.parse.json;

import org.dossier.text.MappedText;

/**
 * Decodes one JSON string literal in place, remembering for every decoded character the offset of
 * the raw characters it came from, so text taken from a JSON record still maps back to the record
 * as it arrived ({@code \n} and {@code \u00e9} escapes included).
 */
final class JsonStringDecoder {
    private JsonStringDecoder() {}

    /**
     * @param raw   the whole record
     * @param quote offset of the literal's opening quote
     */
    static MappedText decode(String raw, int quote) {
        if (quote < 0 || quote >= raw.length() || raw.charAt(quote) != '"') {
            throw new IllegalArgumentException("no string literal at " + quote);
        }
        StringBuilder text = new StringBuilder();
        int[] map = new int[Math.max(16, raw.length() - quote)];
        int n = 0, i = quote + 1;
        while (i < raw.length() && raw.charAt(i) != '"') {
            char c = raw.charAt(i);
            int at = i;
            if (c == '\\' && i + 1 < raw.length()) {
                char e = raw.charAt(i + 1);
                i += 2;
                switch (e) {
                    case 'n' -> c = '\n';
                    case 't' -> c = '\t';
                    case 'r' -> c = '\r';
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case 'u' -> {
                        c = (char) Integer.parseInt(raw.substring(i, Math.min(raw.length(), i + 4)), 16);
                        i += 4;
                    }
                    default -> c = e;  // \" \\ \/
                }
            } else {
                i++;
            }
            text.append(c);
            map[n++] = at;
        }
        int[] raws = new int[n + 1];
        System.arraycopy(map, 0, raws, 0, n);
        raws[n] = i;
        return MappedText.of(text.toString(), raws);
    }
}
