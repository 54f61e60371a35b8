package org.dossier.parse.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.meta.html.HtmlMetadataExtractor;
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
    /**
     * When skipping template-named regions leaves less text than this, the page is read again
     * skipping only its structural template (navigation, footer, aside elements, comment threads),
     * then, if still short, skipping only what is never text; a reading wins if it finds much more:
     * some sites name their article wrapper after a sidebar or a share feature.
     */
    private static final int FALLBACK_LENGTH = 800;
    private static final double FALLBACK_GAIN = 4;

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
        Pruning pruning = DomPruner.analyze(body);
        SourceMapper mapper = new SourceMapper(raw);
        List<HtmlBlock> kept = extract(body, mapper, pruning::skipsStrict, pruning.stats(), titles);
        if (length(kept) < FALLBACK_LENGTH) {
            List<HtmlBlock> structural = extract(body, mapper, pruning::skipsStructural, pruning.stats(), titles);
            if (length(structural) > FALLBACK_GAIN * length(kept)) kept = structural;
        }
        if (length(kept) < FALLBACK_LENGTH) {
            List<HtmlBlock> lenient = extract(body, mapper, pruning::skipsLenient, pruning.stats(), titles);
            if (length(lenient) > FALLBACK_GAIN * length(kept)) kept = lenient;
        }
        return new ParsedDocument(raw, kept.stream().map(HtmlBlock::toBlock).toList(), metadata);
    }

    private static List<HtmlBlock> extract(Element body, SourceMapper mapper, Predicate<Element> skip, TextStats stats,
            Set<String> titles) {
        List<HtmlBlock> blocks = BlockCollector.collect(body, mapper, skip);
        List<Element> region = ContentLocator.locate(blocks, stats);
        return BlockClassifier.classify(blocks, region, titles);
    }

    private static int length(List<HtmlBlock> blocks) {
        int n = 0;
        for (HtmlBlock b : blocks) n += b.length();
        return n;
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
