package org.dossier.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads raw byte lines, telling whether each ended with a newline (a torn last line does not). */
final class ByteScanner {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos, len;
    private boolean lastHadNewline;

    ByteScanner(InputStream in) {
        this.in = in;
    }

    /** The next line without its newline, or {@code null} at end of input. */
    byte[] nextLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (pos == len) {
                len = in.read(buf);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    lastHadNewline = false;
                    return line.size() == 0 ? null : line.toByteArray();
                }
            }
            int start = pos;
            while (pos < len && buf[pos] != '\n') pos++;
            line.write(buf, start, pos - start);
            if (pos < len) {
                pos++;
                lastHadNewline = true;
                return line.toByteArray();
            }
        }
    }

    boolean lastHadNewline() {
        return lastHadNewline;
    }
}
