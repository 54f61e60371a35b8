package org.dossier.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.dossier.parse.Block;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;

/**
 * {@link CorpusEvidence} gathered in a first pass over the corpus, in bounded memory.
 *
 * <p>Lines are kept only as 64-bit hashes of their {@link LineKey normalized} form, counted once
 * per document, per outlet group. Words are counted per document. When a table reaches its
 * capacity, entries seen in a single document are forgotten (lossy counting): template lines and
 * real words recur, so what is lost is exactly what no filter would act on.
 *
 * <pre>{@code
 * CorpusStatistics stats = new CorpusStatistics();
 * for (...) stats.add(rawDocument, parsedDocument);   // pass 1
 * cleaner.clean(rawDocument, parsedDocument, stats);  // pass 2
 * }</pre>
 */
public final class CorpusStatistics implements CorpusEvidence {
    /** Lines longer than this are prose, never template; not counting them keeps the table small. */
    static final int MAX_LINE_WORDS = 40;

    private final int lineCapacity;
    private final int wordCapacity;
    private final Map<String, Integer> documents = new HashMap<>();
    private final Map<String, Map<Long, Integer>> lines = new HashMap<>();
    private final Map<String, int[]> words = new HashMap<>();   // word -> {documents, occurrences}
    private int lineEntries;
    private boolean frozen;

    public CorpusStatistics() {
        this(2_000_000, 500_000);
    }

    public CorpusStatistics(int lineCapacity, int wordCapacity) {
        this.lineCapacity = lineCapacity;
        this.wordCapacity = wordCapacity;
    }

    /** Counts one document's lines (under its outlet group, if any) and words. */
    public synchronized void add(RawDocument document, ParsedDocument parsed) {
        if (frozen) throw new IllegalStateException("evidence already frozen for reading");
        String group = CorpusGroups.of(document, parsed);
        Set<Long> seenLines = new HashSet<>();
        Map<String, Integer> seenWords = new HashMap<>();
        for (Block block : parsed.blocks()) {
            String text = block.text().text();
            if (group != null) {
                for (String line : text.split("\n")) {
                    String key = LineKey.of(line);
                    if (!key.isEmpty() && wordsIn(key) <= MAX_LINE_WORDS) seenLines.add(LineKey.hash(key));
                }
            }
            Words.forEach(text, (s, e) -> seenWords.merge(text.substring(s, e).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
        }
        if (group != null) {
            documents.merge(group, 1, Integer::sum);
            Map<Long, Integer> table = lines.computeIfAbsent(group, g -> new HashMap<>());
            for (Long h : seenLines) {
                if (table.merge(h, 1, Integer::sum) == 1) lineEntries++;
            }
            if (lineEntries > lineCapacity) pruneLines();
        }
        seenWords.forEach((w, n) -> {
            int[] c = words.computeIfAbsent(w, k -> new int[2]);
            c[0]++;
            c[1] += n;
        });
        if (words.size() > wordCapacity) words.values().removeIf(c -> c[0] <= 1);
    }

    private void pruneLines() {
        lineEntries = 0;
        for (Iterator<Map<Long, Integer>> it = lines.values().iterator(); it.hasNext(); ) {
            Map<Long, Integer> table = it.next();
            table.values().removeIf(n -> n <= 1);
            lineEntries += table.size();
        }
    }

    private static int wordsIn(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') n++;
        return n;
    }

    @Override
    public synchronized int documentsWithLine(String group, String normalizedLine) {
        return lineCount(group, normalizedLine);
    }

    @Override
    public synchronized int documents(String group) {
        return documentCount(group);
    }

    @Override
    public synchronized long wordCount(String word) {
        return wordTotal(word);
    }

    @Override
    public synchronized int documentsWithWord(String word) {
        return wordDocuments(word);
    }

    /**
     * The evidence gathered so far, read without locks by any number of threads: the cleaning pass
     * asks for every token of every document, and a lock on each question would make the threads
     * queue. No document may be added afterwards.
     */
    public synchronized CorpusEvidence frozen() {
        frozen = true;
        CorpusStatistics stats = this;
        return new CorpusEvidence() {
            @Override
            public int documentsWithLine(String group, String normalizedLine) {
                return stats.lineCount(group, normalizedLine);
            }

            @Override
            public int documents(String group) {
                return stats.documentCount(group);
            }

            @Override
            public long wordCount(String word) {
                return stats.wordTotal(word);
            }

            @Override
            public int documentsWithWord(String word) {
                return stats.wordDocuments(word);
            }
        };
    }

    private int lineCount(String group, String normalizedLine) {
        Map<Long, Integer> table = group == null ? null : lines.get(group);
        return table == null ? 0 : table.getOrDefault(LineKey.hash(normalizedLine), 0);
    }

    private int documentCount(String group) {
        return group == null ? 0 : documents.getOrDefault(group, 0);
    }

    private long wordTotal(String word) {
        int[] c = words.get(word);
        return c == null ? 0 : c[1];
    }

    private int wordDocuments(String word) {
        int[] c = words.get(word);
        return c == null ? 0 : c[0];
    }
}
