package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dossier.pipeline.Progress;

/**
 * A progress bar on standard error, shown only when a person is watching a terminal: in a pipe,
 * a redirect or CI the output stays clean.
 */
final class TerminalProgress implements Progress {
    private ProgressBar bar;

    /** A terminal bar when a terminal is attached, else {@link Progress#NONE}. */
    static Progress forTerminal() {
        return System.console() != null && System.getenv("CI") == null ? new TerminalProgress() : Progress.NONE;
    }

    /** Progress over reading {@code inputs}, finished when the scope closes (before the summary is printed). */
    static Scope reading(List<String> inputs) {
        Progress p = forTerminal();
        if (p != Progress.NONE) p.phase("Reading", countDocuments(inputs));
        return new Scope(p);
    }

    /** Closes the bar so later lines print below it. */
    record Scope(Progress progress) implements AutoCloseable {
        @Override
        public void close() {
            progress.finish();
        }
    }

    @Override
    public void phase(String name, long total) {
        finish();
        bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200)
                .continuousUpdate().build();
    }

    @Override
    public void step() {
        if (bar != null) bar.step();
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** Files under the inputs (a directory counts its files; other inputs count one), for the bar's length. */
    static long countDocuments(List<String> inputs) {
        long n = 0;
        for (String input : inputs) {
            Path p = input.equals("-") || input.contains("://") ? null : Path.of(input);
            if (p != null && Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    n += files.filter(Files::isRegularFile).count();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                n++;
            }
        }
        return n;
    }
}
