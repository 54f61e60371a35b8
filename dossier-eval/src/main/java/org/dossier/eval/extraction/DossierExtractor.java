package org.dossier.eval.extraction;

import java.time.Duration;
import java.util.Map;
import org.dossier.clean.CorpusEvidence;
import org.dossier.model.Article;
import org.dossier.pipeline.ArticleExtractor;
import org.dossier.pipeline.Dossier;
import org.dossier.source.RawDocument;

/**
 * Dossier as a user gets it: the standard {@link ArticleExtractor} (installed parsers, standard
 * cleaner) on an HTML page, with no corpus evidence (each page judged alone, as the benchmarks do).
 * Without the parse time limit: a limited parse runs on a thread of its own, and the CPU time of
 * the measuring thread would leave the parse out.
 */
final class DossierExtractor implements Extractor {
    private final ArticleExtractor extractor = Dossier.standardExtractor().withParseTimeout(Duration.ZERO);

    @Override
    public String name() {
        return "dossier";
    }

    @Override
    public String extract(BenchmarkPage page) {
        RawDocument doc = new RawDocument(page.id(), "text/html", page.html(), page.url(), Map.of());
        return extractor.extract(doc, CorpusEvidence.NONE, problem -> { })
                .map(Article::text)
                .orElse("");
    }
}
