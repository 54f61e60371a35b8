package org.dossier.eval.dedup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the real news corpora the benchmark is built from: Reuters-21578 (SGML, one
 * {@code <REUTERS>} element per story, body in {@code <BODY>}) and the BBC corpus (one text file per
 * story, headline on the first line, a folder per topic).
 */
final class CorpusReader {
    private static final Pattern STORY = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final Pattern TOPIC = Pattern.compile("<TOPICS><D>([^<]*)</D>");
    private static final Pattern ENTITY = Pattern.compile("&#\\d+;");

    private CorpusReader() {}

    /** Every Reuters story that has a body. */
    static List<BenchDoc> reuters(Path dir) throws IOException {
        List<BenchDoc> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".sgm")).sorted().toList();
        }
        for (Path f : files) {
            // the collection is ASCII with a few stray Latin-1 bytes
            String sgml = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            Matcher story = STORY.matcher(sgml);
            while (story.find()) {
                Matcher body = BODY.matcher(story.group(2));
                if (!body.find()) continue;
                Matcher topic = TOPIC.matcher(story.group(2));
                String id = "reuters:" + story.group(1);
                out.add(new BenchDoc(id, unescape(body.group(1)), topic.find() ? topic.group(1) : "none", id, "corpus"));
            }
        }
        return out;
    }

    /** Every BBC story; topic is its folder. */
    static List<BenchDoc> bbc(Path dir) throws IOException {
        List<BenchDoc> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String topic = f.getParent().getFileName().toString();
                String id = "bbc:" + topic + "/" + f.getFileName().toString().replace(".txt", "");
                out.add(new BenchDoc(id, new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1), topic, id, "corpus"));
            }
        }
        return out;
    }

    private static String unescape(String s) {
        return ENTITY.matcher(s).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
