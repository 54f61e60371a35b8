package org.dossier.eval.metadata;

import org.dossier.clean.CleanedText;
import org.dossier.meta.ArticleMetadata;
import org.dossier.meta.MetadataResolver;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;

/** Measures the time spent in a resolver alone, apart from parsing and cleaning. */
final class TimedResolver implements MetadataResolver {
    private final MetadataResolver inner;
    private long nanos;
    private int calls;

    TimedResolver(MetadataResolver inner) {
        this.inner = inner;
    }

    @Override
    public ArticleMetadata resolve(RawDocument document, ParsedDocument parsed, CleanedText cleaned) {
        long t0 = System.nanoTime();
        try {
            return inner.resolve(document, parsed, cleaned);
        } finally {
            nanos += System.nanoTime() - t0;
            calls++;
        }
    }

    void reset() {
        nanos = 0;
        calls = 0;
    }

    /** Mean milliseconds per resolved document since the last reset. */
    double meanMillis() {
        return calls == 0 ? 0 : nanos / 1e6 / calls;
    }
}
