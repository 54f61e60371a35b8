package org.dossier.formats.pdf;

import java.util.Set;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
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
 * PDF text through Tika (PDFBox), keeping the page structure: one block per paragraph, in reading
 * order, each with path {@code page:N} (1-based). Lines inside a paragraph stay separated by
 * {@code \n}. Blocks of one page are consecutive, so the first and last blocks of each page are
 * where running headers, footers and page numbers sit; the cleaner removes those that recur.
 *
 * <p>Bookmarks, annotations, form fields and images are left out (they are not the story's text);
 * no text recognition is attempted, so a scanned PDF is reported as having no text layer.
 */
public final class PdfDocumentParser implements DocumentParser {
    private final PDFParser parser = new PDFParser();

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypeDetector.PDF);
    }

    @Override
    public ParsedDocument parse(RawDocument document) throws ParseException {
        TikaRun run = TikaRun.of(parser, document.content(), context(), "PDF");
        Document xhtml = Jsoup.parse(run.xhtml(), "", Parser.xmlParser());
        BlockCollector blocks = new BlockCollector();
        int page = 0;
        for (Element div : xhtml.select("div.page")) {
            page++;
            for (Element p : div.select("p")) blocks.add(p.wholeText(), BlockKind.PARAGRAPH, "page:" + page);
        }
        if (blocks.isEmpty()) {
            throw new ParseException(page == 0 ? "PDF has no pages" : "PDF has no text layer (a scan? text recognition is not done)");
        }
        return blocks.build(TikaMetadata.candidates(run.metadata(), "pdf"));
    }

    private static ParseContext context() {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractInlineImages(false);
        config.setExtractAnnotationText(false);
        config.setExtractBookmarksText(false);
        config.setExtractAcroFormContent(false);
        config.setExtractActions(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        return context;
    }
}
