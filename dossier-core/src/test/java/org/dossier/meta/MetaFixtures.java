package org.dossier.meta;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.clean.CleanedText;
import org.dossier.clean.Cleaner;
import org.dossier.clean.CorpusEvidence;
import org.dossier.meta.html.HtmlMetadataExtractor;
import org.dossier.meta.lang.LanguageIdentifier;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.parse.TextParser;
import org.dossier.source.RawDocument;
import org.dossier.text.MappedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Builds resolver inputs from small texts and pages, with a fixed clock. */
final class MetaFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    private MetaFixtures() {}

    static CandidateMetadataResolver resolver() {
        return new CandidateMetadataResolver(LanguageIdentifier.NONE, CLOCK);
    }

    static ArticleMetadata text(String text) {
        return text(text, null, Map.of());
    }

    static ArticleMetadata text(String text, String url, Map<String, String> hints) {
        RawDocument doc = new RawDocument("test.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8), url, hints);
        try {
            ParsedDocument parsed = new TextParser().parse(doc);
            return resolve(doc, parsed);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static ArticleMetadata html(String html, String url) {
        RawDocument doc = new RawDocument("test.html", "text/html", html.getBytes(StandardCharsets.UTF_8), url, Map.of());
        Document dom = Jsoup.parse(html, url == null ? "" : url);
        List<Block> blocks = new ArrayList<>();
        for (Element e : dom.body().select("h1, h2, p")) {
            BlockKind kind = e.tagName().equals("p") ? BlockKind.PARAGRAPH : BlockKind.HEADING;
            blocks.add(new Block(MappedText.identity(e.text(), 0), kind, e.cssSelector(), 0));
        }
        return resolve(doc, new ParsedDocument(html, blocks, HtmlMetadataExtractor.extract(dom)));
    }

    private static ArticleMetadata resolve(RawDocument doc, ParsedDocument parsed) {
        CleanedText cleaned = new Cleaner(List.of(), List.of()).clean(doc, parsed, CorpusEvidence.NONE);
        return resolver().resolve(doc, parsed, cleaned);
    }
}
