package org.dossier.eval.extraction;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.dossier.parse.html.HtmlDecoder;

/** Readability4J, the Java port of Mozilla's readability.js; bytes decoded as Dossier decodes them. */
final class Readability4jExtractor implements Extractor {
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String extract(BenchmarkPage page) {
        String html = HtmlDecoder.decode(page.html(), null);
        Article a = new Readability4J(page.url() == null ? "" : page.url(), html).parse();
        String text = a.getTextContent();
        return text == null ? "" : text;
    }
}
