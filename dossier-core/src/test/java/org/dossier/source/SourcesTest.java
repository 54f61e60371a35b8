package org.dossier.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir
    Path dir;

    private final Sources sources = new Sources(new MediaTypeDetector(), Sources.installedContainers(),
            UrlFetcher.standard(1024 * 1024), 1024 * 1024);

    private Collected read(String... inputs) {
        Collected c = new Collected();
        sources.read(List.of(inputs), c, c);
        return c;
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void directoriesAreReadRecursivelyInPathOrderSkippingHiddenFiles() throws IOException {
        write("b/second.txt", "Second story.");
        write("a.txt", "First story.");
        write("b/a/third.md", "# Third\n\nStory with **bold** words.");
        write(".git/config", "not an input");
        write("b/.DS_Store", "\0\0junk");
        Collected c = read(dir.toString());
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/a/third.md").toString(),
                dir.resolve("b/second.txt").toString()), c.sources());
        assertEquals(MediaTypeDetector.MARKDOWN, c.docs.get(1).mediaType());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void badInputsEachGetOneLineAndTheRestIsStillRead() throws IOException {
        Path good = write("good.txt", "A ferry service resumed after the storm.");
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", "  \n\n  ");
        Path junk = dir.resolve("junk.bin");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Files.write(junk, noise);
        String missing = dir.resolve("nowhere.html").toString();
        Collected c = read(empty.toString(), junk.toString(), missing, blank.toString(), good.toString());
        assertEquals(List.of(good.toString()), c.sources());
        assertEquals("empty file", c.problemFor(empty.toString()).reason());
        assertTrue(c.problemFor(blank.toString()).reason().startsWith("empty file"));
        assertTrue(c.problemFor(junk.toString()).reason().contains("binary data"));
        assertEquals("no such file or directory", c.problemFor(missing).reason());
        assertEquals(4, c.problems.size());
    }

    @Test
    void aHugeFileIsRejectedWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write("<html><body><p>start</p>".getBytes(StandardCharsets.US_ASCII));
            f.setLength(200L * 1024 * 1024);   // sparse: takes no disk space
        }
        Path good = write("good.txt", "Still read.");
        Collected c = read(huge.toString(), good.toString());
        assertEquals(List.of(good.toString()), c.sources());
        assertEquals("too large (200 MB, over the 1 MB limit)", c.problemFor(huge.toString()).reason());
    }

    @Test
    void standardInputOfUnknownSizeIsCutAtTheLimit() {
        byte[] big = "word ".repeat(300_000).getBytes(StandardCharsets.US_ASCII);
        Collected c = new Collected();
        sources.read("-", new ByteArrayInputStream(big), c, c);
        assertEquals(List.of(), c.docs);
        assertTrue(c.problemFor("-").reason().startsWith("too large"));
    }

    @Test
    void gzippedDocumentsAreUnwrappedAndDetectedAgain() throws IOException {
        Path gz = dir.resolve("page.html.gz");
        Files.write(gz, MediaTypeDetectorTest.gzip("<html><head><meta charset=\"windows-1252\"></head><body>x</body></html>"));
        Collected c = read(gz.toString());
        assertEquals(1, c.docs.size());
        assertEquals(MediaTypeDetector.HTML, c.docs.get(0).mediaType());
        assertEquals("windows-1252", c.docs.get(0).hint(Hints.CHARSET));
        Path broken = dir.resolve("broken.gz");
        byte[] bytes = MediaTypeDetectorTest.gzip("some text that will be cut ".repeat(50));
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(read(broken.toString()).problemFor(broken.toString()).reason().startsWith("cannot read"));
    }

    @Test
    void zipArchivesAreReadEntryByEntry() throws IOException {
        Path zip = dir.resolve("saved.zip");
        Files.write(zip, MediaTypeDetectorTest.zip("pages/one.html", "<html><body>One</body></html>",
                "__MACOSX/._one.html", "junk", "notes.txt", "Two", "empty.txt", ""));
        Collected c = read(zip.toString());
        assertEquals(List.of(zip + "#pages/one.html", zip + "#notes.txt"), c.sources());
        assertEquals("empty file", c.problemFor(zip + "#empty.txt").reason());
    }

    @Test
    void aZipThatContainsItselfEndsAtTheNestingLimit() throws IOException {
        byte[] inner = MediaTypeDetectorTest.zip("story.txt", "Deep.");
        for (int i = 0; i < 8; i++) inner = zipOfBytes("level" + i + ".zip", inner);
        Path zip = dir.resolve("deep.zip");
        Files.write(zip, inner);
        Collected c = read(zip.toString());
        assertEquals(List.of(), c.docs);
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).reason().startsWith("nested too deeply"), c.problemLines().toString());
    }

    @Test
    void latin1FileIsPassedThroughForDecoding() throws IOException {
        Path p = dir.resolve("old.txt");
        Files.write(p, "Grüße aus Köln".getBytes(Charset.forName("ISO-8859-1")));
        Collected c = read(p.toString());
        assertEquals(MediaTypeDetector.TEXT, c.docs.get(0).mediaType());
        assertEquals("Grüße aus Köln", org.dossier.text.Charsets.decode(c.docs.get(0).content(), null));
    }

    private static byte[] zipOfBytes(String name, byte[] content) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
