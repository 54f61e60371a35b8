package org.dossier.model;

import java.util.List;

/**
 * One real-world referent across the corpus.
 *
 * @param type {@code person}, {@code organization}, {@code location} or {@code other}
 */
public record Entity(String id, String name, String type, List<String> aliases, List<String> articles) {
    public Entity {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }
}
