package org.dossier.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.clean.CleanedText;
import org.dossier.clean.Cleaner;
import org.dossier.clean.CorpusEvidence;
import org.dossier.meta.ArticleMetadata;
import org.dossier.meta.MetadataResolver;
import org.dossier.model.Article;
import org.dossier.parse.DocumentParser;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.parse.ParserRegistry;
import org.dossier.source.ProblemSink;
import org.dossier.source.RawDocument;

/**
 * Parse, clean and resolve metadata: one raw document in, one article (or a reported problem) out.
 * Each parse is limited in time ({@link #withParseTimeout}); a document whose parse was abandoned
 * is not parsed again by the same extractor, so the corpus pass and the cleaning pass do not both
 * wait for it.
 */
public final class ArticleExtractor {
    private final ParserRegistry parsers;
    private final Cleaner cleaner;
    private final MetadataResolver metadata;
    private final ParseTimeLimit timeLimit;
    /** Article id to the reason its parse was abandoned. */
    private final Map<String, String> abandoned = new ConcurrentHashMap<>();

    public ArticleExtractor(ParserRegistry parsers, Cleaner cleaner, MetadataResolver metadata) {
        this(parsers, cleaner, metadata, ParseTimeLimit.DEFAULT);
    }

    private ArticleExtractor(ParserRegistry parsers, Cleaner cleaner, MetadataResolver metadata,
            ParseTimeLimit timeLimit) {
        this.parsers = parsers;
        this.cleaner = cleaner;
        this.metadata = metadata;
        this.timeLimit = timeLimit;
    }

    /** The default time one document's parse may take before it is abandoned: 20 seconds. */
    public static Duration defaultParseTimeout() {
        return ParseTimeLimit.DEFAULT.limit();
    }

    /**
     * The same extractor abandoning any parse that takes longer than {@code timeout} (zero: no
     * limit); the document is reported as "parse timed out after ..." and the run goes on.
     */
    public ArticleExtractor withParseTimeout(Duration timeout) {
        return new ArticleExtractor(parsers, cleaner, metadata, new ParseTimeLimit(timeout));
    }

    /** The article, or empty after reporting why the document was rejected. */
    public Optional<Article> extract(RawDocument doc, CorpusEvidence corpus, ProblemSink problems) {
        Optional<DocumentParser> parser = parsers.forType(doc.mediaType());
        if (parser.isEmpty()) {
            problems.report(doc.source(), "unsupported media type " + doc.mediaType());
            return Optional.empty();
        }
        String gaveUp = abandoned.get(articleId(doc));
        if (gaveUp != null) {
            problems.report(doc.source(), gaveUp);
            return Optional.empty();
        }
        try {
            return extractParsed(doc, timedParse(parser.get(), doc), corpus, problems);
        } catch (ParseException e) {
            problems.report(doc.source(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            report(doc, e, problems);
        }
        return Optional.empty();
    }

    /**
     * Like {@link #extract}, for a document already parsed (by {@link #parse}): the corpus
     * evidence pass parses every document, and the cleaning pass need not do it again.
     */
    public Optional<Article> extractParsed(RawDocument doc, ParsedDocument parsed, CorpusEvidence corpus,
            ProblemSink problems) {
        try {
            CleanedText cleaned = cleaner.clean(doc, parsed, corpus);
            if (cleaned.text().length() == 0) {
                problems.report(doc.source(), "no article text found");
                return Optional.empty();
            }
            ArticleMetadata m = metadata.resolve(doc, parsed, cleaned);
            String title = cleaner.repairField(m.title(), cleaned, doc, parsed, corpus);
            String outlet = cleaner.repairField(m.outlet(), cleaned, doc, parsed, corpus);
            List<String> authors = m.authors().stream()
                    .map(a -> cleaner.repairField(a, cleaned, doc, parsed, corpus)).toList();
            return Optional.of(new Article(articleId(doc), doc.source(), title, outlet, authors,
                    m.wire(), m.published(), false, m.publishedBasis(), m.url(), m.language(), doc.mediaType(),
                    cleaned.text().text(), cleaned.repairs(), cleaned.text().offsetMap()));
        } catch (RuntimeException | StackOverflowError e) {
            report(doc, e, problems);
        }
        return Optional.empty();
    }

    private static void report(RawDocument doc, Throwable e, ProblemSink problems) {
        problems.report(doc.source(), "cannot be read (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }

    /** The parse alone, or empty when the document cannot be parsed (the reason is reported by {@link #extract}). */
    public Optional<ParsedDocument> parse(RawDocument doc) {
        try {
            Optional<DocumentParser> parser = parsers.forType(doc.mediaType());
            return parser.isEmpty() ? Optional.empty() : Optional.of(timedParse(parser.get(), doc));
        } catch (ParseException | RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private ParsedDocument timedParse(DocumentParser parser, RawDocument doc) throws ParseException {
        try {
            return timeLimit.parse(parser, doc);
        } catch (ParseTimeLimit.Exceeded e) {
            abandoned.put(articleId(doc), e.getMessage());
            throw e;
        }
    }

    /**
     * Stable id from the source and its bytes: the same file added twice gets the same id, a
     * changed file a new one.
     */
    public static String articleId(RawDocument doc) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(doc.source().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(doc.content());
            return "a" + HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
