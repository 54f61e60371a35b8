package org.dossier.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the third-party data folder ({@code shared/}: seeds, benchmarks, corpora) that sits
 * beside the checkout. Third-party text is never copied into the repo; tests read it from there.
 *
 * <p>Looks at the {@code dossier.shared} system property first, then walks up from the working
 * directory looking for {@code shared/DESIGN.md} in each ancestor.
 */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> find() {
        String prop = System.getProperty("dossier.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) return Optional.of(Path.of(prop));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("DESIGN.md"))) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The shared folder, or the calling test is skipped (not failed) when it is absent. */
    public static Path require() {
        Optional<Path> found = find();
        assumeTrue(found.isPresent(), "shared/ data folder not found beside the checkout");
        return found.get();
    }

    /** A path inside the shared folder, e.g. {@code require("seeds")}; skips the test when absent. */
    public static Path require(String relative) {
        Path p = require().resolve(relative);
        assumeTrue(Files.exists(p), "shared/" + relative + " not found");
        return p;
    }
}
