package org.dossier.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.dossier.json.DossierJson;

/**
 * The events of a workspace, kept beside its articles in {@code events.jsonl}: one line per
 * clustered article with its profile and the event it joined, in the order they were clustered.
 * Why profiles and not just assignments: a later run must score new articles against the earlier
 * ones, and with the profiles kept it neither profiles nor clusters them again, so earlier
 * assignments stay as they were and adding articles costs what the new ones cost. Append-only; a
 * torn line from an interrupted run is skipped, and the next run starts on a fresh line.
 */
public final class EventMemory {
    /** The file's name inside a workspace folder. */
    public static final String FILE = "events.jsonl";

    private final Path file;
    private final List<Entry> entries;
    private final java.util.Set<String> ids = new java.util.HashSet<>();

    /** One clustered article: its profile and the index of its event (in clustering order). */
    public record Entry(ArticleProfile profile, int event) {}

    private EventMemory(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = entries;
        for (Entry e : entries) ids.add(e.profile().id());
    }

    /** The memory kept in {@code folder}, empty when the folder has none yet. */
    public static EventMemory in(Path folder) {
        Path file = folder.resolve(FILE);
        List<Entry> entries = new ArrayList<>();
        if (Files.exists(file)) {
            ObjectMapper json = DossierJson.mapper();
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    try {
                        entries.add(json.readValue(line, Entry.class));
                    } catch (IOException torn) {
                        // an interrupted run's last line: its article is clustered again
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new EventMemory(file, entries);
    }

    /** The articles clustered so far, in clustering order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Whether an article was clustered in an earlier run. */
    public boolean knows(String articleId) {
        return ids.contains(articleId);
    }

    /** Whether the file ends inside a line (an interrupted write). */
    private boolean endsTorn() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return false;
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "r")) {
            f.seek(f.length() - 1);
            return f.read() != '\n';
        }
    }

    /** Appends newly clustered articles to the file. */
    void append(List<Entry> added) {
        if (added.isEmpty()) return;
        ObjectMapper json = DossierJson.mapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            if (endsTorn()) w.write('\n');
            for (Entry e : added) {
                w.write(json.writeValueAsString(e));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        entries.addAll(added);
        for (Entry e : added) ids.add(e.profile().id());
    }
}
