package org.dossier.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads byte lines of at most a given length, so one enormous line (a corrupt export, a binary
 * blob) is skipped instead of filling memory. Line ends ({@code \n}, {@code \r\n}) are dropped.
 */
public final class BoundedLineReader {
    private final InputStream in;
    private final long maxLine;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean tooLong;
    private long number;

    public BoundedLineReader(InputStream in, long maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line's bytes, or {@code null} at the end; check {@link #wasTooLong()} after each call. */
    public byte[] next() throws IOException {
        line.reset();
        tooLong = false;
        int b = in.read();
        if (b < 0) return null;
        number++;
        while (b >= 0 && b != '\n') {
            if (line.size() < maxLine) line.write(b);
            else tooLong = true;
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') return java.util.Arrays.copyOf(bytes, n - 1);
        return bytes;
    }

    /** Whether the last line was longer than the limit (its returned bytes are cut short). */
    public boolean wasTooLong() {
        return tooLong;
    }

    /** The 1-based number of the last line returned. */
    public long lineNumber() {
        return number;
    }
}
