package org.dossier.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.DuplicateGroup;

/**
 * The outcome of duplicate detection: the groups, and for every article the canonical member
 * that stands for it. Later stages work on {@link #canonical(List) canonical articles} and cite the
 * other members as supporting copies, so a copy never counts as an independent confirmation.
 */
public final class Deduplication {
    private final List<DuplicateGroup> groups;
    private final Map<String, DuplicateGroup> groupOf = new HashMap<>();

    public Deduplication(List<DuplicateGroup> groups) {
        this.groups = List.copyOf(groups);
        for (DuplicateGroup g : this.groups) for (String id : g.members()) groupOf.put(id, g);
    }

    public List<DuplicateGroup> groups() {
        return groups;
    }

    /** True unless the article is a non-canonical member of some group. */
    public boolean isCanonical(String articleId) {
        DuplicateGroup g = groupOf.get(articleId);
        return g == null || g.canonical().equals(articleId);
    }

    /** The id of the article that stands for {@code articleId} (itself when it has no copies). */
    public String canonicalOf(String articleId) {
        DuplicateGroup g = groupOf.get(articleId);
        return g == null ? articleId : g.canonical();
    }

    /** The other members of the article's group: its supporting copies (empty when it has none). */
    public List<String> copiesOf(String articleId) {
        DuplicateGroup g = groupOf.get(articleId);
        return g == null ? List.of() : g.members().stream().filter(id -> !id.equals(articleId)).toList();
    }

    /** The canonical articles, in input order: one per independent text. */
    public List<Article> canonical(List<Article> articles) {
        return articles.stream().filter(a -> isCanonical(a.id())).toList();
    }
}
