package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.formats.Fixtures;
import org.dossier.formats.Fixtures.Capture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input guarantee, end to end through {@code dossier articles}: every kind of bad input is
 * named once on standard error with a reason, the exit status is 3, and every good input (and every
 * good member of a damaged container) still comes out as an article.
 */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void everyBadInputIsOneLineAndEverythingElseIsProcessed() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "The museum reopened its doors on Friday after a long refit.");
        Files.writeString(in.resolve("good.md"), "# Museum reopens\n\nVisitors queued **early** on Friday.");
        Files.write(in.resolve("story.pdf"), Fixtures.pdf(null));
        Files.write(in.resolve("story.docx"), Fixtures.docx());
        Files.write(in.resolve("story.odt"), Fixtures.odt());
        Files.write(in.resolve("feed.xml"), Fixtures.rss());
        Files.writeString(in.resolve("export.jsonl"), "{\"title\": \"Dam opened\", \"maintext\": \"The dam opened.\"}\n"
                + "{\"title\": \"cut off\n"
                + "{\"title\": \"Dam closed\", \"maintext\": \"The dam closed again.\"}\n");
        Files.write(in.resolve("crawl.warc.gz"), Fixtures.warcWithDamagedRecord(
                List.of(Capture.html("https://x.example/1", "<html><body><p>One page.</p></body></html>")),
                List.of(Capture.html("https://x.example/2", "<html><body><p>Two page.</p></body></html>"))));
        Files.writeString(in.resolve("empty.txt"), "");
        byte[] junk = new byte[8192];
        new Random(3).nextBytes(junk);
        Files.write(in.resolve("junk.dat"), junk);
        Files.write(in.resolve("encrypted.pdf"), Fixtures.pdf("secret"));
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.4\n" + "not really a pdf ".repeat(40));
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.html").toFile(), "rw")) {
            huge.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            huge.setLength(200L * 1024 * 1024);
        }
        Files.writeString(in.resolve("nested.html"), "<html><body>" + "<div>".repeat(100_000) + "deep text");
        Files.writeString(in.resolve("broken.html"), "<html><body><p>Unclosed <b>tags <i>everywhere<table><td>cell");
        Files.write(in.resolve("wrong-charset.html"), ("<html><head><meta charset=\"utf-8\"></head><body><p>Gr\u00fc\u00dfe "
                + "aus K\u00f6ln, sagte der B\u00fcrgermeister.</p></body></html>").getBytes(Charset.forName("windows-1252")));
        String missing = dir.resolve("no-such-file.txt").toString();
        String unreachable = "http://127.0.0.1:" + closedPort() + "/story";

        Run run = run("articles", in.toString(), missing, unreachable);

        assertEquals(DossierCommand.EXIT_REJECTED, run.exit, run.err);
        for (String line : run.errLines()) assertTrue(line.startsWith("dossier: skipped "), line);
        for (String name : List.of("empty.txt", "junk.dat", "encrypted.pdf", "broken.pdf", "huge.html")) {
            assertEquals(1, run.linesAbout(in.resolve(name).toString()), name + " in\n" + run.err);
        }
        assertTrue(run.lineAbout(in.resolve("encrypted.pdf").toString()).contains("password"), run.err);
        assertTrue(run.lineAbout(in.resolve("huge.html").toString()).contains("too large"), run.err);
        assertEquals(1, run.linesAbout(missing), run.err);
        assertTrue(run.lineAbout(unreachable).contains("unreachable"), run.err);
        assertEquals(1, run.linesAbout(in.resolve("export.jsonl") + "#line=2"), run.err);
        String warc = in.resolve("crawl.warc.gz") + "#offset=";
        assertEquals(1, run.errLines().stream().filter(l -> l.startsWith("dossier: skipped " + warc)
                && l.contains("damaged response record for https://damaged.example/x")).count(), run.err);
        int goodPageLines = run.linesAbout(warc) - 1;
        assertEquals(2, run.articlesFromPrefix(warc) + goodPageLines, "each good page: an article or one line");
        for (String html : List.of("nested.html", "broken.html", "wrong-charset.html")) {
            String source = in.resolve(html).toString();
            int lines = run.linesAbout(source);
            assertTrue(lines <= 1, html + ": " + run.err);
            assertEquals(1 - lines, run.articlesFrom(source), html + " is either an article or one line");
        }
        for (String good : List.of("good.txt", "good.md", "story.pdf", "story.docx", "story.odt")) {
            assertEquals(1, run.articlesFrom(in.resolve(good).toString()), good + "\n" + run.err);
        }
        assertEquals(1, run.articlesFrom(in.resolve("export.jsonl") + "#line=1"), run.err);
        assertEquals(1, run.articlesFrom(in.resolve("export.jsonl") + "#line=3"), run.err);
        assertEquals(1, run.articlesFrom(in.resolve("feed.xml") + "#item=1") + run.linesAbout(in.resolve("feed.xml") + "#item=1"));
    }

    @Test
    void allGoodInputsExitZero() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "A quiet day at the harbour.");
        Run run = run("articles", good.toString());
        assertEquals(0, run.exit, run.err);
        assertEquals(1, run.articlesFrom(good.toString()));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** One run of the command with standard output and error captured. */
    private record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        int linesAbout(String source) {
            return (int) errLines().stream().filter(l -> l.startsWith("dossier: skipped " + source)).count();
        }

        String lineAbout(String source) {
            return errLines().stream().filter(l -> l.startsWith("dossier: skipped " + source)).findFirst().orElse("");
        }

        int articlesFrom(String source) throws IOException {
            return (int) articleSources().stream().filter(source::equals).count();
        }

        int articlesFromPrefix(String prefix) throws IOException {
            return (int) articleSources().stream().filter(s -> s.startsWith(prefix)).count();
        }

        private List<String> articleSources() throws IOException {
            ObjectMapper json = new ObjectMapper();
            List<String> sources = new ArrayList<>();
            for (String line : out.lines().filter(l -> !l.isBlank()).toList()) {
                JsonNode article = json.readTree(line);
                sources.add(article.get("source").asText());
            }
            return sources;
        }
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = DossierCommand.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
