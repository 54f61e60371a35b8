package org.dossier.eval.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.meta.html.HtmlMetadataExtractor;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.parse.DocumentParser;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;
import org.dossier.text.Charsets;
import org.dossier.text.MappedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A stand-in HTML parser for this evaluation when no HTML parser is installed: headings and
 * paragraphs as blocks (no boilerplate removal, no raw offsets), metadata from
 * {@link HtmlMetadataExtractor}. The evaluation always prefers the installed parser, so that it
 * measures the pipeline a user runs; this one only lets metadata be measured on its own.
 */
final class MetadataOnlyHtmlParser implements DocumentParser {
    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/html", "application/xhtml+xml");
    }

    @Override
    public ParsedDocument parse(RawDocument document) {
        String raw = Charsets.decode(document.content(), document.hint("charset"));
        Document dom = Jsoup.parse(raw, document.url() == null ? "" : document.url());
        List<Block> blocks = new ArrayList<>();
        for (Element e : dom.body().select("h1, h2, h3, p, li")) {
            String text = e.text().strip();
            if (text.isEmpty()) continue;
            BlockKind kind = e.tagName().startsWith("h") ? BlockKind.HEADING
                    : e.tagName().equals("li") ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
            blocks.add(new Block(MappedText.synthetic(text, 0), kind, e.tagName(), 0));
        }
        return new ParsedDocument(raw, blocks, HtmlMetadataExtractor.extract(dom));
    }
}
