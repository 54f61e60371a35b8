package org.dossier.eval.extraction;

import java.util.Map;
import org.dossier.clean.CorpusEvidence;
import org.dossier.model.Article;
import org.dossier.pipeline.ArticleExtractor;
import org.dossier.pipeline.Dossier;
import org.dossier.source.RawDocument;

/**
 * Dossier as a user gets it: the standard {@link ArticleExtractor} (installed parsers, standard
 * cleaner) on an HTML page, with no corpus evidence (each page judged alone, as the benchmarks do).
 */
final class DossierExtractor implements Extractor {
    private final ArticleExtractor extractor = Dossier.standardExtractor();

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
