package org.dossier.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dossier.parse.Block;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;

/**
 * Parses kept from the evidence pass for the cleaning pass, so that a page is parsed once, not
 * twice, while their estimated size stays under a budget; past the budget, documents are simply
 * parsed again. Each parse is handed out once and then forgotten, so the memory is freed as the
 * second pass goes.
 *
 * <p>The budget defaults to an eighth of the maximum heap, at most 512 MiB: enough for thousands
 * of web pages, and small enough to leave the cleaning and the workspace their room.
 */
final class ParseCache {
    private static final long MAX_DEFAULT_BUDGET = 512L << 20;
    /** Per-block and per-document overhead (objects, offset maps) added to the characters held. */
    private static final int BLOCK_OVERHEAD = 256;
    private static final int DOCUMENT_OVERHEAD = 1024;

    private record Entry(String source, ParsedDocument parsed, long bytes) {}

    private final long budget;
    private final Map<String, Entry> parses = new HashMap<>();
    private long used;

    ParseCache(long budget) {
        this.budget = budget;
    }

    /** An eighth of the maximum heap, at most 512 MiB. */
    static long defaultBudget() {
        return Math.min(MAX_DEFAULT_BUDGET, Runtime.getRuntime().maxMemory() / 8);
    }

    /** Keeps {@code parsed} for the document with article id {@code id}, if it fits the budget. */
    void put(String id, RawDocument doc, ParsedDocument parsed) {
        long bytes = estimate(parsed);
        if (used + bytes > budget || parses.containsKey(id)) return;
        parses.put(id, new Entry(doc.source(), parsed, bytes));
        used += bytes;
    }

    /** The kept parse of this document (same id and source), removed from the cache. */
    Optional<ParsedDocument> take(String id, RawDocument doc) {
        Entry e = parses.get(id);
        if (e == null || !e.source().equals(doc.source())) return Optional.empty();
        parses.remove(id);
        used -= e.bytes();
        return Optional.of(e.parsed());
    }

    /**
     * Rough heap size: two bytes per character of raw text, six per block character (the text and
     * its per-character raw offsets), plus overheads.
     */
    static long estimate(ParsedDocument parsed) {
        long blockChars = 0;
        for (Block b : parsed.blocks()) blockChars += b.text().text().length();
        return 2L * parsed.rawText().length() + 6 * blockChars + DOCUMENT_OVERHEAD
                + (long) BLOCK_OVERHEAD * (parsed.blocks().size() + parsed.metadata().size());
    }
}
