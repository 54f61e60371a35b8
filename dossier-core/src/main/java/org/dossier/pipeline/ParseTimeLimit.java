package org.dossier.pipeline;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dossier.parse.DocumentParser;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;

/**
 * A limit on the time one document's parse may take. One pathological input (HTML whose parse
 * explodes, a PDF that sends its parser round in circles) must not stall a run over thousands of
 * good ones: past the limit it is abandoned with a one-line reason, like any other bad input.
 *
 * <p>Java cannot stop a thread that does not listen: the parse runs on a daemon thread, which is
 * interrupted when abandoned and left to finish or die with the program, while the run goes on.
 */
record ParseTimeLimit(Duration limit) {
    /** The default: far above any sane page or report (milliseconds each), yet short for a person waiting. */
    static final ParseTimeLimit DEFAULT = new ParseTimeLimit(Duration.ofSeconds(20));

    /** No limit: parses run on the calling thread. */
    static final ParseTimeLimit NONE = new ParseTimeLimit(Duration.ZERO);

    private static final ExecutorService PARSES = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "dossier-parse");
        t.setDaemon(true);
        return t;
    });

    ParseTimeLimit {
        if (limit.isNegative()) throw new IllegalArgumentException("negative parse time limit " + limit);
    }

    /**
     * {@code parser}'s parse of {@code doc}, abandoned with a {@link ParseException} ("parse timed
     * out after 20 s") when it takes longer than the limit. Errors of the parse itself come out as
     * they would without a limit.
     */
    ParsedDocument parse(DocumentParser parser, RawDocument doc) throws ParseException {
        if (limit.isZero()) return parser.parse(doc);
        Future<ParsedDocument> parse = PARSES.submit(() -> parser.parse(doc));
        try {
            return parse.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new Exceeded("parse timed out after " + describe(limit));
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new ParseException("parse interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ParseException p) throw p;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** A parse abandoned at the limit. */
    static final class Exceeded extends ParseException {
        Exceeded(String reason) {
            super(reason);
        }
    }

    /** "20 s", "1.5 s", "300 ms": how the limit reads in a reason. */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
