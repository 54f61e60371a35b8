package org.dossier.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.json.DossierJson;
import org.dossier.model.Article;
import org.dossier.model.DossierReport;

/**
 * {@code articles.jsonl}: the cleaned articles as JSON Lines with news-please's field names, so
 * tools built for news-please output read Dossier's articles unchanged.
 */
final class NewsPleaseRenderer implements Renderer {
    @Override
    public String format() {
        return "news-please";
    }

    @Override
    public Path render(DossierReport report, Path dir) throws IOException {
        Path out = dir.resolve("articles.jsonl");
        ObjectMapper json = DossierJson.mapper();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Article a : report.articles()) {
                w.write(json.writeValueAsString(record(a, json)));
                w.write('\n');
            }
        }
        return out;
    }

    static ObjectNode record(Article a, ObjectMapper json) {
        ObjectNode n = json.createObjectNode();
        n.putArray("authors").addAll(a.authors().stream().map(n::textNode).toList());
        n.put("date_publish", a.published() == null ? null : a.published() + " 00:00:00");
        n.put("filename", a.source());
        n.put("language", a.language());
        n.put("maintext", a.text());
        n.put("source_domain", host(a.url()));
        n.put("title", a.title());
        n.put("url", a.url());
        return n;
    }

    static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
