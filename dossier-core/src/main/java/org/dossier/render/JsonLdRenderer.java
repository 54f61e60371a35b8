package org.dossier.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.dossier.json.DossierJson;
import org.dossier.model.Article;
import org.dossier.model.DossierReport;

/** {@code articles.jsonld}: every article as a schema.org {@code NewsArticle}, for linked-data tools. */
final class JsonLdRenderer implements Renderer {
    @Override
    public String format() {
        return "jsonld";
    }

    @Override
    public Path render(DossierReport report, Path dir) throws IOException {
        ObjectMapper json = DossierJson.mapper();
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (Article a : report.articles()) {
            ObjectNode n = graph.addObject();
            n.put("@type", "NewsArticle");
            n.put("identifier", a.id());
            if (a.title() != null) n.put("headline", a.title());
            if (a.published() != null) n.put("datePublished", a.published().toString());
            if (a.url() != null) n.put("url", a.url());
            if (a.language() != null) n.put("inLanguage", a.language());
            if (a.outlet() != null) n.putObject("publisher").put("@type", "Organization").put("name", a.outlet());
            if (a.wire() != null) n.putObject("sourceOrganization").put("@type", "Organization").put("name", a.wire());
            ArrayNode authors = n.putArray("author");
            a.authors().forEach(name -> authors.addObject().put("@type", "Person").put("name", name));
            n.put("articleBody", a.text());
        }
        Path out = dir.resolve("articles.jsonld");
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        return out;
    }
}
