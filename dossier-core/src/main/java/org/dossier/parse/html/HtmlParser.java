package org.dossier.parse.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.meta.html.HtmlMetadataExtractor;
import org.dossier.parse.Block;
import org.dossier.parse.DocumentParser;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.Hints;
import org.dossier.source.RawDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML and XHTML pages: decodes the bytes, parses them with jsoup (tracking source positions, so
 * every block maps back into the decoded page), collects metadata candidates, and returns the
 * article's blocks with the page template already removed.
 *
 * <p>The steps, each its own class: {@link HtmlDecoder} (bytes to text), {@link DomPruner}
 * (drop non-text and template-named regions), {@link BlockCollector} (cut the rest into blocks),
 * {@link ContentLocator} (find the article region), {@link BlockClassifier} (keep or drop each
 * block of it).
 *
 * <pre>{@code
 * ParsedDocument page = new HtmlParser().parse(RawDocument.of("page.html", "text/html", bytes));
 * page.blocks().forEach(b -> System.out.println(b.kind() + ": " + b.text()));
 * }</pre>
 */
public final class HtmlParser implements DocumentParser {
    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/html", "application/xhtml+xml");
    }

    @Override
    public ParsedDocument parse(RawDocument document) {
        String raw = HtmlDecoder.decode(document.content(), document.hint(Hints.CHARSET));
        Document dom = Parser.htmlParser().setTrackPosition(true)
                .parseInput(raw, document.url() == null ? "" : document.url());
        List<MetadataCandidate> metadata = HtmlMetadataExtractor.extract(dom);
        Element body = dom.body();
        if (body == null) return new ParsedDocument(raw, List.of(), metadata);
        Set<String> titles = titles(dom, metadata);
        DomPruner.prune(body);
        List<HtmlBlock> blocks = BlockCollector.collect(body, new SourceMapper(raw));
        List<Element> region = ContentLocator.locate(body, blocks);
        List<Block> kept = BlockClassifier.classify(blocks, region, titles).stream().map(HtmlBlock::toBlock).toList();
        return new ParsedDocument(raw, kept, metadata);
    }

    /** The page's title candidates, normalized, so a heading that repeats the title is not body text. */
    private static Set<String> titles(Document dom, List<MetadataCandidate> metadata) {
        Set<String> titles = new HashSet<>();
        for (MetadataCandidate c : metadata) {
            if (c.field() == MetadataField.TITLE) titles.add(BlockClassifier.normalize(c.value()));
        }
        String title = dom.title();
        if (!title.isBlank()) {
            titles.add(BlockClassifier.normalize(title));
            for (String part : title.split("\\s+[|–—\\-:·]\\s+")) titles.add(BlockClassifier.normalize(part));
        }
        return titles;
    }
}
