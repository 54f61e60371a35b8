package org.dossier.render;

import java.io.IOException;
import java.nio.file.Path;
import org.dossier.model.DossierReport;

/**
 * Writes one output format of a dossier into a folder. Renderers only read the report: every
 * fact, date and citation they show was decided by earlier stages.
 */
public interface Renderer {
    /** The name used by {@code --format}, e.g. {@code html}. */
    String format();

    /** Writes this format's file(s) into {@code dir}; returns the main file written. */
    Path render(DossierReport report, Path dir) throws IOException;
}
