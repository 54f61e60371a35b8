package org.dossier.annotate.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.dossier.model.Entity;

/** The mentions gathered for one referent while {@link EntityResolver} runs. */
final class Cluster {
    final EntityType type;
    final List<PersonName> fullNames = new ArrayList<>();
    final Set<String> surnameKeys = new LinkedHashSet<>();
    final Set<String> keys = new LinkedHashSet<>();
    final Set<String> acronyms = new LinkedHashSet<>();
    private final Map<String, Integer> surfaces = new LinkedHashMap<>();
    private final Set<String> articles = new LinkedHashSet<>();

    Cluster(EntityType type) {
        this.type = type;
    }

    void add(AnnotatedArticle a, EntityMention m, PersonName fullName) {
        if (fullName != null) {
            fullNames.add(fullName);
            surnameKeys.add(NameKey.surname(fullName.surname()));
        }
        String surface = m.text().replaceAll("['’]s?$", "");
        if (type == EntityType.PERSON) surface = PersonName.parse(surface).display();
        else surface = surface.replaceAll("^(?i)the\\s+", "");
        surfaces.merge(surface, 1, Integer::sum);
        articles.add(a.article().id());
    }

    /** Named by its most frequent full form (the longest on ties). */
    Entity toEntity(String id) {
        String name = null;
        int best = -1;
        for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
            int words = e.getKey().split("\\s+").length;
            int score = (type == EntityType.PERSON && words < 2 ? 0 : 1000) + e.getValue() * 10 + e.getKey().length() % 10;
            if (score > best) {
                best = score;
                name = e.getKey();
            }
        }
        List<String> aliases = new ArrayList<>(surfaces.keySet());
        aliases.remove(name);
        return new Entity(id, name, type.label(), aliases, new ArrayList<>(articles));
    }
}
