package org.dossier.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.dossier.json.DossierJson;

/** Validates JSON against the repo's {@code docs/dossier.schema.json}, the documented output contract. */
public final class DossierSchema {
    private static JsonSchema schema;

    private DossierSchema() {}

    /** Schema violations of {@code json}; empty when it conforms. */
    public static synchronized Set<ValidationMessage> violations(JsonNode json) {
        if (schema == null) {
            try {
                JsonNode node = DossierJson.mapper().readTree(Files.readString(schemaFile()));
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema.validate(json);
    }

    /** {@code docs/dossier.schema.json}, found by walking up from the module folder to the repo root. */
    static Path schemaFile() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("docs/dossier.schema.json");
            if (Files.isRegularFile(f)) return f;
        }
        throw new IllegalStateException("docs/dossier.schema.json not found above " + Path.of("").toAbsolutePath());
    }
}
