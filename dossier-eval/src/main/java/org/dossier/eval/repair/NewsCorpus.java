package org.dossier.eval.repair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.text.Charsets;
import org.jsoup.parser.Parser;

/**
 * Clean news bodies from the two shared corpora: Reuters-21578 (SGML, {@code <BODY>} elements,
 * 1987 wire copy in ASCII) and BBC News (one UTF-8 text file per article). They are the "valid
 * text" on which a repair must change nothing.
 */
final class NewsCorpus {
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);

    /** One article: where it came from and its text. */
    record Article(String id, String text) {}

    private NewsCorpus() {}

    /** Up to {@code limit} Reuters bodies, in file order. */
    static List<Article> reuters(Path dir, int limit) {
        List<Article> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        for (Path file : sorted(dir, ".sgm")) {
            String sgml = new String(read(file), StandardCharsets.ISO_8859_1);
            Matcher m = BODY.matcher(sgml);
            while (m.find() && out.size() < limit) {
                String body = Parser.unescapeEntities(m.group(1), false).replace("\u0003", "").strip();
                if (body.endsWith("Reuter")) body = body.substring(0, body.length() - "Reuter".length()).strip();
                if (!body.isEmpty()) out.add(new Article("reuters/" + file.getFileName() + "#" + out.size(), body));
            }
            if (out.size() >= limit) break;
        }
        return out;
    }

    /** Up to {@code limit} BBC articles, in path order. */
    static List<Article> bbc(Path dir, int limit) {
        List<Article> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        for (Path file : sorted(dir, ".txt")) {
            if (out.size() >= limit) break;
            if (file.getFileName().toString().equalsIgnoreCase("README.TXT")) continue;
            String text = Charsets.decode(read(file), null).strip();
            if (!text.isEmpty()) out.add(new Article("bbc/" + dir.relativize(file), text));
        }
        return out;
    }

    private static List<Path> sorted(Path dir, String suffix) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
