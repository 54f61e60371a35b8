package org.dossier.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The output formats {@code dossier analyze --format} can choose from. */
public final class Renderers {
    private static final Map<String, Renderer> ALL = new LinkedHashMap<>();

    static {
        for (Renderer r : List.of(new JsonRenderer(), new HtmlRenderer(), new MarkdownRenderer(),
                new NewsPleaseRenderer(), new JsonLdRenderer(), new TimelineJsRenderer(), new FactsCsvRenderer())) {
            ALL.put(r.format(), r);
        }
    }

    /** Formats written when the user names none. */
    public static final List<String> DEFAULT_FORMATS = List.of("json", "html", "md");

    private Renderers() {}

    public static Optional<Renderer> forFormat(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static List<String> formats() {
        return List.copyOf(ALL.keySet());
    }
}
