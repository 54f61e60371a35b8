package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.clean.StandardCleaner;
import org.dossier.meta.CandidateMetadataResolver;
import org.dossier.model.Article;
import org.dossier.parse.DocumentParser;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.parse.ParserRegistry;
import org.dossier.parse.TextParser;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.Problem;
import org.dossier.source.RawDocument;
import org.dossier.source.Sources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document whose parse never ends is abandoned with a reason; the other documents go on. */
class ParseTimeoutTest {
    /** Released after each test, so the abandoned parses end. */
    private final CountDownLatch never = new CountDownLatch(1);
    private final AtomicInteger stuckParses = new AtomicInteger();

    /** Reads plain text, but hangs on any document that asks for it, as a pathological input would. */
    private final DocumentParser slowReader = new DocumentParser() {
        private final TextParser text = new TextParser();

        @Override
        public Set<String> mediaTypes() {
            return text.mediaTypes();
        }

        @Override
        public ParsedDocument parse(RawDocument document) throws ParseException {
            if (new String(document.content(), StandardCharsets.UTF_8).contains("HANG")) {
                stuckParses.incrementAndGet();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new ParseException("released");
            }
            return text.parse(document);
        }
    };

    @AfterEach
    void release() {
        never.countDown();
    }

    @Test
    void aHangingParseIsAbandonedWithItsReason() {
        ParseTimeLimit limit = new ParseTimeLimit(Duration.ofMillis(20));
        RawDocument doc = RawDocument.of("stuck.txt", "text/plain", "HANG".getBytes(StandardCharsets.UTF_8));
        ParseException e = assertThrows(ParseException.class, () -> limit.parse(slowReader, doc));
        assertEquals("parse timed out after 20 ms", e.getMessage());
    }

    @Test
    void theRunGoesOnAndTheHangingInputIsNamedOnce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), "The bakery on the corner reopened on Saturday after a fire in "
                + "spring.\n\nThe owners thanked the neighbours who helped them clear the ruins and paint the walls.\n");
        Files.writeString(dir.resolve("b-stuck.txt"), "HANG on this document for ever and ever, please.\n");
        ArticleExtractor extractor = new ArticleExtractor(new ParserRegistry(List.of(slowReader)),
                StandardCleaner.create(), new CandidateMetadataResolver());
        Dossier dossier = new Dossier(new Sources(new MediaTypeDetector()), extractor)
                .withParseTimeout(Duration.ofMillis(20)).withThreads(1);
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        dossier.articles(List.of(dir.toString()), problems::add, articles::add);

        assertEquals(1, articles.size());
        assertTrue(articles.get(0).text().contains("The bakery on the corner"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).source().endsWith("b-stuck.txt"), problems.toString());
        assertEquals("parse timed out after 20 ms", problems.get(0).reason());
        assertEquals(1, stuckParses.get(), "an abandoned parse is not tried again by the cleaning pass");
    }

    @Test
    void limitsReadAsPeopleWriteThem() {
        assertEquals("20 s", ParseTimeLimit.describe(Duration.ofSeconds(20)));
        assertEquals("1.5 s", ParseTimeLimit.describe(Duration.ofMillis(1500)));
        assertEquals("300 ms", ParseTimeLimit.describe(Duration.ofMillis(300)));
    }
}
