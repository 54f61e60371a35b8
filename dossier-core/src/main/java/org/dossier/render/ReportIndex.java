package org.dossier.render;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.DossierReport;
import org.dossier.model.DuplicateGroup;
import org.dossier.model.Entity;

/**
 * Look-ups every human-facing renderer needs: articles by id, a stable source number for each
 * article, the duplicate group an article belongs to, the words a citation points at.
 */
final class ReportIndex {
    private final DossierReport report;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, DuplicateGroup> groupOf = new HashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();

    ReportIndex(DossierReport report) {
        this.report = report;
        int n = 1;
        for (Article a : report.articles()) {
            articles.put(a.id(), a);
            numbers.put(a.id(), n++);
        }
        for (DuplicateGroup g : report.duplicates()) {
            for (String m : g.members()) groupOf.put(m, g);
        }
        for (Entity e : report.entities()) entities.put(e.id(), e);
    }

    DossierReport report() {
        return report;
    }

    Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** 1-based number of the article in the sources list (0 when unknown). */
    int number(String articleId) {
        return numbers.getOrDefault(articleId, 0);
    }

    Optional<DuplicateGroup> group(String articleId) {
        return Optional.ofNullable(groupOf.get(articleId));
    }

    /** A speaker shown by name: resolved entity ids become the entity's name. */
    String speakerName(String speaker) {
        if (speaker == null) return "unknown";
        Entity e = entities.get(speaker);
        return e == null ? speaker : e.name();
    }

    /** The exact source words a citation points at (empty when the span is out of range). */
    String citedWords(Citation c) {
        Article a = articles.get(c.article());
        String source = a == null ? null : c.inTitle() ? a.title() : a.text();
        if (source == null || c.span() == null || c.span().end() > source.length()) return "";
        return source.substring(c.span().start(), c.span().end());
    }

    /** A short name for an article: outlet, else title, else its source. */
    String label(String articleId) {
        Article a = articles.get(articleId);
        if (a == null) return articleId;
        if (a.outlet() != null && !a.outlet().isBlank()) return a.outlet();
        if (a.title() != null && !a.title().isBlank()) return shorten(a.title(), 60);
        return a.source();
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    List<Article> articles() {
        return List.copyOf(articles.values());
    }
}
