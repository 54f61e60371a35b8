package org.dossier.source;

import java.util.regex.Pattern;

/**
 * Tells JSON from JSON Lines. JSON Lines is chosen only on clear evidence (an object closing at a
 * line end and the next opening at the start of the following line), because reading JSON Lines as
 * JSON still reads every record, while the reverse would read none.
 */
final class JsonSniffer {
    private static final Pattern OBJECT_START = Pattern.compile("\\A\\{\\s*(?:\"|\\})");
    private static final Pattern ARRAY_START = Pattern.compile("\\A\\[\\s*(?:\\{|\"|\\]|$)");
    private static final Pattern NEXT_LINE_RECORD = Pattern.compile("\\}[ \\t]*\\r?\\n\\{");

    private JsonSniffer() {}

    /** {@code JSON}, {@code JSON_LINES}, or {@code null} when the head is not JSON. */
    static String detect(String head, String lowerName) {
        if (ARRAY_START.matcher(head).lookingAt()) return MediaTypeDetector.JSON;
        if (!OBJECT_START.matcher(head).lookingAt()) return null;
        boolean linesByName = lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson") || lowerName.endsWith(".jl")
                || lowerName.endsWith(".jsonl.gz") || lowerName.endsWith(".ndjson.gz");
        if (linesByName || NEXT_LINE_RECORD.matcher(head).find()) return MediaTypeDetector.JSON_LINES;
        return MediaTypeDetector.JSON;
    }
}
