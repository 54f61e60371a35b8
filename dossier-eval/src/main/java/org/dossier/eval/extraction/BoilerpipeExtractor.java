package org.dossier.eval.extraction;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import org.dossier.parse.html.HtmlDecoder;

/** boilerpipe's ArticleExtractor (Kohlschütter et al.); bytes decoded as Dossier decodes them. */
final class BoilerpipeExtractor implements Extractor {
    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String extract(BenchmarkPage page) throws Exception {
        String text = ArticleExtractor.INSTANCE.getText(HtmlDecoder.decode(page.html(), null));
        return text == null ? "" : text;
    }
}
