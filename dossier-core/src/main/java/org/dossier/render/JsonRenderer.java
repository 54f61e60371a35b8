package org.dossier.render;

import java.io.IOException;
import java.nio.file.Path;
import org.dossier.json.DossierJson;
import org.dossier.model.DossierReport;

/** {@code dossier.json}: the documented contract (docs/dossier-json.md, docs/dossier.schema.json). */
final class JsonRenderer implements Renderer {
    @Override
    public String format() {
        return "json";
    }

    @Override
    public Path render(DossierReport report, Path dir) throws IOException {
        Path out = dir.resolve("dossier.json");
        DossierJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report);
        return out;
    }
}
