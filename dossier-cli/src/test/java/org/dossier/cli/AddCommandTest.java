package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddCommandTest {
    @TempDir
    Path tmp;

    private String runAndCaptureErr(int expectedExit, String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, DossierCommand.commandLine().execute(args));
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void addingTheSameSourceTwiceIsANoOpAndNewFilesAreAdded() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Dockers walk out\n\nDock workers stopped work at dawn on Monday.");
        Path ws = tmp.resolve("ws");
        assertTrue(runAndCaptureErr(0, "add", in.toString(), "--workspace", ws.toString()).contains("1 new articles"));
        assertTrue(runAndCaptureErr(0, "add", in.toString(), "--workspace", ws.toString()).contains("0 new articles"));
        Files.writeString(in.resolve("two.txt"), "Talks resume\n\nNegotiators met again on Wednesday.");
        String err = runAndCaptureErr(0, "add", in.toString(), "--workspace", ws.toString());
        assertTrue(err.contains("1 new articles, 2 in workspace"), err);
    }

    @Test
    void missingInputIsNamedOnOneLineAndTheRestIsKept() throws IOException {
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "Bridge reopens\n\nThe bridge reopened to traffic after repairs.");
        Path ws = tmp.resolve("ws");
        String missing = tmp.resolve("nope.html").toString();
        String err = runAndCaptureErr(DossierCommand.EXIT_REJECTED, "add", missing, good.toString(), "-w", ws.toString());
        assertTrue(err.contains("skipped " + missing + ": no such file or directory"), err);
        assertTrue(err.contains("1 new articles"), err);
    }
}
