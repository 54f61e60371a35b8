package org.dossier.meta.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.dossier.meta.WireAgencies;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org metadata from a page's JSON-LD blocks: the article's headline, dates,
 * authors, publisher and language. Only objects typed as articles or pages count for the
 * article's fields (a page also describes its breadcrumbs, videos and organisation); the site's
 * own {@code Organization} or {@code WebSite} object counts for the outlet name.
 */
final class JsonLdMetadata {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "socialmediaposting", "liveblogposting", "report", "scholarlyarticle", "techarticle", "webpage",
            "itempage", "creativework");
    private static final Set<String> SITE_TYPES = Set.of("organization", "newsmediaorganization", "website", "corporation");


    /** Candidates from the page's {@code script[type=application/ld+json]} elements. */
    static void extract(List<Element> scripts, List<MetadataCandidate> out) {
        List<JsonNode> trees = new ArrayList<>();
        for (Element script : scripts) {
            try {
                trees.add(LENIENT.readTree(script.data().strip()));
            } catch (JsonProcessingException | RuntimeException e) {
                // a broken JSON-LD block is common and says nothing: the page's other metadata stands
            }
        }
        Map<String, JsonNode> ids = new HashMap<>();
        for (JsonNode tree : trees) index(tree, ids, 0);
        for (JsonNode tree : trees) new JsonLdMetadata(ids, out).walk(tree, 0);
    }

    private final Map<String, JsonNode> ids;
    private final List<MetadataCandidate> out;

    private JsonLdMetadata(Map<String, JsonNode> ids, List<MetadataCandidate> out) {
        this.ids = ids;
        this.out = out;
    }

    /** Objects by {@code @id}, so that {@code "author": {"@id": "#person-1"}} can be followed. */
    private static void index(JsonNode node, Map<String, JsonNode> ids, int depth) {
        if (node == null || depth > 8) return;
        if (node.isObject() && node.hasNonNull("@id") && node.size() > 1) ids.putIfAbsent(node.get("@id").asText(), node);
        if (node.isContainerNode()) for (JsonNode child : node) index(child, ids, depth + 1);
    }

    private void walk(JsonNode node, int depth) {
        if (node == null || depth > 6) return;
        if (node.isArray()) {
            for (JsonNode n : node) walk(n, depth + 1);
            return;
        }
        if (!node.isObject()) return;
        if (node.has("@graph")) walk(node.get("@graph"), depth + 1);
        String type = type(node);
        if (ARTICLE_TYPES.contains(type)) {
            boolean article = !type.endsWith("page") && !type.equals("creativework");
            double weight = article ? 1.0 : 0.9;
            add(MetadataField.TITLE, text(node.get("headline")), "json-ld:headline", 0.9 * weight);
            add(MetadataField.PUBLISHED, text(node.get("datePublished")), "json-ld:datePublished", 0.95 * weight);
            add(MetadataField.PUBLISHED, text(node.get("dateCreated")), "json-ld:dateCreated", 0.8 * weight);
            add(MetadataField.MODIFIED, text(node.get("dateModified")), "json-ld:dateModified", 0.5);
            add(MetadataField.LANGUAGE, languageOf(node.get("inLanguage")), "json-ld:inLanguage", 0.75);
            add(MetadataField.URL, idOrUrl(node.get("mainEntityOfPage")), "json-ld:mainEntityOfPage", 0.7 * weight);
            if (article) add(MetadataField.URL, text(node.get("url")), "json-ld:url", 0.7);
            for (String name : names(node.get("author"))) add(MetadataField.AUTHOR, name, "json-ld:author", 0.8);
            for (String name : names(node.get("creator"))) add(MetadataField.AUTHOR, name, "json-ld:creator", 0.7);
            for (String name : names(node.get("publisher"))) add(MetadataField.SITE_NAME, name, "json-ld:publisher", 0.85);
            for (String field : new String[] {"sourceOrganization", "provider", "copyrightHolder"}) {
                for (String name : names(node.get(field))) {
                    WireAgencies.named(name).ifPresent(a -> add(MetadataField.WIRE, a, "json-ld:" + field, 0.75));
                }
            }
            add(MetadataField.SECTION, text(node.get("articleSection")), "json-ld:articleSection", 0.7);
        } else if (SITE_TYPES.contains(type) && depth <= 2) {
            add(MetadataField.SITE_NAME, text(node.get("name")), "json-ld:" + type, 0.6);
        }
    }

    private static String type(JsonNode node) {
        JsonNode t = node.get("@type");
        if (t == null) return "";
        if (t.isArray()) {
            for (JsonNode x : t) {
                String v = x.asText().toLowerCase(Locale.ROOT);
                if (ARTICLE_TYPES.contains(v)) return v;
            }
            return t.size() > 0 ? t.get(0).asText().toLowerCase(Locale.ROOT) : "";
        }
        return t.asText().toLowerCase(Locale.ROOT);
    }

    /** Names of people or organisations: a string, an object with a name, or an array of either. */
    private List<String> names(JsonNode node) {
        if (node == null || node.isNull()) return List.of();
        if (node.isTextual()) return List.of(node.asText());
        if (node.isArray()) {
            return java.util.stream.StreamSupport.stream(node.spliterator(), false).flatMap(n -> names(n).stream()).toList();
        }
        if (node.isObject() && !node.has("name") && node.hasNonNull("@id") && ids.containsKey(node.get("@id").asText())) {
            JsonNode target = ids.get(node.get("@id").asText());
            if (target != node && target.has("name")) return names(target);
        }
        if (node.isObject()) {
            String name = text(node.get("name"));
            if (name == null && node.has("givenName")) {
                name = (text(node.get("givenName")) + " " + (node.has("familyName") ? text(node.get("familyName")) : "")).strip();
            }
            return name == null ? List.of() : List.of(name);
        }
        return List.of();
    }

    private static String languageOf(JsonNode node) {
        if (node != null && node.isObject()) return text(node.has("alternateName") ? node.get("alternateName") : node.get("name"));
        return text(node);
    }

    private static String idOrUrl(JsonNode node) {
        if (node != null && node.isObject()) return text(node.has("@id") ? node.get("@id") : node.get("url"));
        return text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isArray()) return node.size() > 0 ? text(node.get(0)) : null;
        if (node.isObject()) return null;
        String v = node.asText().strip();
        return v.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(v, false);
    }

    private void add(MetadataField field, String value, String origin, double conf) {
        if (value != null && !value.isBlank()) out.add(new MetadataCandidate(field, value.strip(), origin, conf));
    }
}
