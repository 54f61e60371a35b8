package org.dossier.annotate;

import java.util.Locale;

/** The coarse kinds of named things the dossier tracks; {@link #label()} is the JSON form. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, OTHER;

    /** Lower-case name used in {@code dossier.json} ({@code person}, {@code organization}...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
