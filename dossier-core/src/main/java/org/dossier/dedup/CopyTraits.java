package org.dossier.dedup;

import java.time.LocalDate;
import org.dossier.model.Article;

/**
 * What the choice of a canonical copy needs to know about an article besides its signature. Kept
 * with the signature in the {@link SignatureStore}, so groups can be re-formed (and canonical
 * members re-chosen) from stored entries alone.
 *
 * @param repairs   number of repaired places in the cleaned text (fewer: a cleaner copy)
 * @param published publication date when stated by the source, {@code null} when absent or inferred
 * @param outlet    publishing outlet, or {@code null}
 * @param wire      wire agency the article credits, or {@code null}
 */
public record CopyTraits(int repairs, LocalDate published, String outlet, String wire) {
    public static final CopyTraits UNKNOWN = new CopyTraits(0, null, null, null);

    public static CopyTraits of(Article a) {
        int repairs = a.repairs().stream().mapToInt(r -> Math.max(1, r.count())).sum();
        return new CopyTraits(repairs, a.publishedInferred() ? null : a.published(), blankToNull(a.outlet()),
                blankToNull(a.wire()));
    }

    /** True when the article is the wire agency's own copy (its outlet is the agency it credits). */
    public boolean isWireOriginal() {
        return wire != null && outlet != null && (outlet.equalsIgnoreCase(wire) || outlet.toLowerCase().contains(wire.toLowerCase()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
