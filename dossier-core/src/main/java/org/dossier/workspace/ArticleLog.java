package org.dossier.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.dossier.json.DossierJson;
import org.dossier.model.Article;

/**
 * An append-only JSON Lines file of articles: one article per line, written whole and forced to
 * disk on {@link #commit()}. A crash can only leave a torn last line, which {@link #recover} cuts
 * off, so everything committed before survives.
 */
final class ArticleLog implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final ObjectMapper json = DossierJson.mapper();

    private ArticleLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens (creating if needed) the log, after cutting off a torn tail left by an interrupted write. */
    static ArticleLog open(Path file) throws IOException {
        if (!Files.exists(file)) Files.createFile(file);
        recover(file);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new ArticleLog(file, ch);
    }

    /** Truncates the file after its last complete, parseable line. Returns the bytes cut. */
    static long recover(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) return 0;
        long goodEnd = 0, pos = 0;
        ObjectMapper json = DossierJson.mapper();
        try (InputStream in = Files.newInputStream(file)) {
            ByteScanner scanner = new ByteScanner(in);
            byte[] line;
            while ((line = scanner.nextLine()) != null) {
                pos += line.length + (scanner.lastHadNewline() ? 1 : 0);
                if (!scanner.lastHadNewline()) break;
                try {
                    json.readTree(line);
                    goodEnd = pos;
                } catch (IOException e) {
                    break;
                }
            }
        }
        if (goodEnd < size) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(goodEnd);
                ch.force(true);
            }
        }
        return size - goodEnd;
    }

    /** Appends one article as one line (buffered in the OS until {@link #commit()}). */
    void append(Article article) throws IOException {
        byte[] line = (json.writeValueAsString(article) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) channel.write(buf);
    }

    /** Forces appended lines to disk: after this returns they survive a crash. */
    void commit() throws IOException {
        channel.force(false);
    }

    /** Streams every stored article, one at a time, in the order added. */
    static void forEach(Path file, Consumer<Article> action) throws IOException {
        ObjectMapper json = DossierJson.mapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Channels.newInputStream(FileChannel.open(file)), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                try {
                    action.accept(json.readValue(line, Article.class));
                } catch (IOException e) {
                    throw new UncheckedIOException("corrupt line in " + file, e);
                }
            }
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
