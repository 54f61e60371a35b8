package org.dossier.annotate;

import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the annotator installed on the class path (listed in {@code META-INF/services}). */
public final class Annotators {
    private Annotators() {}

    /** The first installed annotator, or empty when no toolkit module is on the class path. */
    public static Optional<Annotator> installed() {
        return ServiceLoader.load(Annotator.class).findFirst();
    }
}
