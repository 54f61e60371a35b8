package org.dossier.annotate.resolve;

import java.util.List;
import java.util.Map;
import org.dossier.model.Entity;
import org.dossier.text.Span;

/**
 * The corpus-wide entities and, for each mention, the entity it was resolved to.
 *
 * @param entities  one per real-world referent
 * @param byMention entity id by {@link MentionRef}
 */
public record ResolvedEntities(List<Entity> entities, Map<MentionRef, String> byMention) {
    public ResolvedEntities {
        entities = List.copyOf(entities);
        byMention = Map.copyOf(byMention);
    }

    /** The entity id of the mention at {@code span} in article {@code article}, or {@code null}. */
    public String idOf(String article, Span span) {
        return byMention.get(new MentionRef(article, span));
    }

    /** The entity whose name or alias is {@code name} (as written), or {@code null}. */
    public Entity byAlias(String name) {
        for (Entity e : entities) {
            if (e.name().equals(name) || e.aliases().contains(name)) return e;
        }
        return null;
    }

    /** A mention's address: article id and span. */
    public record MentionRef(String article, Span span) {}
}
