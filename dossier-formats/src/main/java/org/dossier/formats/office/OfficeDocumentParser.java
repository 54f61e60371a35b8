package org.dossier.formats.office;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.dossier.formats.tika.BlockCollector;
import org.dossier.formats.tika.TikaMetadata;
import org.dossier.formats.tika.TikaRun;
import org.dossier.parse.BlockKind;
import org.dossier.parse.DocumentParser;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Word (DOCX) and OpenDocument text (ODT) through Tika: one block per paragraph, heading, list
 * item or table cell, with its kind, and a path of element names from the body (e.g.
 * {@code body>table>tbody>tr>td>p}). Page headers and footers, deleted revisions and comments are
 * left out: they are not the story.
 */
public final class OfficeDocumentParser implements DocumentParser {
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

    private final OOXMLParser docx = new OOXMLParser();
    private final OpenDocumentParser odt = new OpenDocumentParser();

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypeDetector.DOCX, MediaTypeDetector.ODT);
    }

    @Override
    public ParsedDocument parse(RawDocument document) throws ParseException {
        boolean isDocx = document.mediaType().equals(MediaTypeDetector.DOCX);
        TikaRun run = isDocx ? TikaRun.of(docx, document.content(), context(), "Word document")
                : TikaRun.of(odt, document.content(), context(), "OpenDocument text");
        Document xhtml = Jsoup.parse(run.xhtml(), "", Parser.xmlParser());
        Element body = xhtml.selectFirst("body");
        BlockCollector blocks = new BlockCollector();
        if (body != null) {
            for (Element e : body.select(BLOCKS)) {
                if (!e.select(BLOCKS).stream().allMatch(inner -> inner == e)) continue;  // only innermost blocks
                blocks.add(e.wholeText(), kind(e), path(body, e));
            }
        }
        if (blocks.isEmpty()) throw new ParseException("document has no text");
        return blocks.build(TikaMetadata.candidates(run.metadata(), isDocx ? "docx" : "odt"));
    }

    private static BlockKind kind(Element e) {
        String tag = e.normalName();
        if (tag.matches("h[1-6]")) return "title".equals(e.className().toLowerCase(Locale.ROOT)) ? BlockKind.TITLE : BlockKind.HEADING;
        if (tag.equals("li")) return BlockKind.LIST_ITEM;
        if (tag.equals("blockquote")) return BlockKind.QUOTE;
        if (tag.equals("pre")) return BlockKind.PREFORMATTED;
        if (e.closest("table") != null) return BlockKind.TABLE;
        return BlockKind.PARAGRAPH;
    }

    private static String path(Element body, Element e) {
        StringBuilder path = new StringBuilder();
        for (Element at = e; at != null && at != body; at = at.parent()) {
            path.insert(0, ">" + at.normalName());
        }
        return "body" + path;
    }

    private static ParseContext context() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setIncludeHeadersAndFooters(false);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        config.setExtractMacros(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, config);
        return context;
    }
}
