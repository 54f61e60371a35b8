package org.dossier.eval.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;

/**
 * Gold annotations for the annotate stage: articles with the quotes, entities and quantities a
 * reader finds in them. Read from the project's own gold set or built for the seed articles.
 */
record GoldCorpus(List<Article> articles, List<GoldQuote> quotes, List<List<String>> same,
        List<List<String>> apart, List<String> persons, List<GoldQuantity> quantities) {

    /** A quote located by the first words of its text (own gold) or its opening offset (seeds). */
    record GoldQuote(String article, String prefix, int offset, String speaker, String kind) {
        boolean isSpeech() {
            return !speaker.equals("-");
        }
    }

    record GoldQuantity(String article, double value, String approximation, String unit, String counted) {}

    static Article article(String id, String text) {
        return new Article(id, id, null, null, List.of(), null, null, false, null, null, "en", "text/plain", text,
                List.of(), null);
    }

    /** Parses the gold-article format described at the top of {@code gold-articles.txt}. */
    static GoldCorpus readOwn() throws IOException {
        String all;
        try (InputStream in = GoldCorpus.class.getResourceAsStream("gold-articles.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Article> articles = new ArrayList<>();
        List<GoldQuote> quotes = new ArrayList<>();
        List<List<String>> same = new ArrayList<>();
        List<List<String>> apart = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        List<GoldQuantity> quantities = new ArrayList<>();
        for (String block : all.split("(?m)^=== ")) {
            if (block.startsWith("#") || block.isBlank()) continue;
            String id = block.substring(0, block.indexOf('\n')).strip();
            String body = block.substring(block.indexOf('\n') + 1);
            int sep = body.indexOf("\n---\n");
            articles.add(article(id, body.substring(0, sep + 1)));
            for (String line : body.substring(sep + 5).split("\n")) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "quote" -> quotes.add(new GoldQuote(id, f[1], -1, f[2], f[2].equals("-") ? "none" : "speech"));
                    case "same" -> same.add(List.of(f[1].split("\\|")));
                    case "apart" -> apart.add(List.of(f[1].split("\\|")));
                    case "person" -> persons.add(f[1]);
                    case "quantity" -> quantities.add(new GoldQuantity(id, Double.parseDouble(f[1]), f[2],
                            f[3].equals("-") ? null : f[3], f[4].equals("-") ? null : f[4]));
                    default -> { }
                }
            }
        }
        return new GoldCorpus(articles, quotes, same, apart, persons, quantities);
    }
}
