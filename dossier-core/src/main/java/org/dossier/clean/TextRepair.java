package org.dossier.clean;

import java.util.Optional;
import org.dossier.model.Repair;
import org.dossier.text.MappedText;

/**
 * A repair of the joined body text (mojibake, systematic corruption...). A repair must leave valid
 * text alone: when in doubt it changes nothing.
 */
@FunctionalInterface
public interface TextRepair {
    Result repair(MappedText text, CleanContext context);

    /** The repaired text and, when something was changed, the report of it. */
    record Result(MappedText text, Optional<Repair> repair) {
        public static Result unchanged(MappedText text) {
            return new Result(text, Optional.empty());
        }
    }
}
