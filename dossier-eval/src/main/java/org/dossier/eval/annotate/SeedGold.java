package org.dossier.eval.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.eval.annotate.GoldCorpus.GoldQuote;
import org.dossier.model.Article;

/**
 * The seed articles (read raw from the shared data folder, never copied) with their gold quotes
 * and entities from {@code seed-quotes.tsv} and {@code seed-entities.tsv}. Articles are the raw
 * files so that the gold offsets hold whatever the cleaner does.
 */
final class SeedGold {
    private SeedGold() {}

    static GoldCorpus read(Path seedsDir) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = f.getFileName().toString().substring(0, 3);
                articles.add(GoldCorpus.article(id, Files.readString(f)));
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (String[] f : rows("seed-quotes.tsv")) {
            quotes.add(new GoldQuote(f[0], null, Integer.parseInt(f[1]), f[2], f[3]));
        }
        List<List<String>> same = new ArrayList<>();
        List<List<String>> apart = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (String[] f : rows("seed-entities.tsv")) {
            switch (f[0]) {
                case "person" -> persons.add(f[1]);
                case "same" -> same.add(List.of(f[1].split("\\|")));
                case "apart" -> apart.add(List.of(f[1].split("\\|")));
                default -> { }
            }
        }
        return new GoldCorpus(articles, quotes, same, apart, persons, List.of());
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = SeedGold.class.getResourceAsStream(resource)) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.split("\t"));
            }
            return out;
        }
    }
}
