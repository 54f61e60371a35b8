package org.dossier.formats.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks the members of a multi-member gzip file (a {@code .warc.gz} holds one gzip member per
 * record) one at a time, each as its own decompressed stream, with its offset in the file.
 *
 * <p>Because members are independent, damage stays local: when a member is corrupt,
 * {@link #skipToNextMember()} scans forward to the next gzip header and reading resumes there, so one
 * bad record costs only that record. Only a small window of the file is buffered.
 */
final class GzipMembers {
    private static final int WINDOW = 64 * 1024;

    private final InputStream in;
    private final byte[] buf = new byte[WINDOW];
    private int pos;
    private int lim;
    private long bufStart;    // file offset of buf[0]

    GzipMembers(InputStream in) {
        this.in = in;
    }

    /** File offset of the next unread byte. */
    long position() {
        return bufStart + pos;
    }

    /** True when the file has no more bytes. */
    boolean atEnd() throws IOException {
        return !fill(1);
    }

    /**
     * Opens the member starting at {@link #position()}: reads its header and returns its
     * decompressed content. The stream must be read to its end (or the member skipped) before
     * the next member is opened; its end checks the member's CRC and length.
     */
    InputStream openMember() throws IOException {
        readHeader();
        return new Member();
    }

    /** Moves past the damaged bytes to the next plausible gzip header, or to the end of the file. */
    void skipToNextMember() throws IOException {
        if (fill(1)) pos++;
        while (fill(10)) {
            if (isHeader(pos)) return;
            pos++;
        }
        pos = lim;
        while (fill(1)) pos = lim;
    }

    /** A gzip header: magic, deflate, no reserved flags, a known extra-flags value. */
    private boolean isHeader(int at) {
        int flags = buf[at + 3] & 0xff, xfl = buf[at + 8] & 0xff;
        return (buf[at] & 0xff) == 0x1f && (buf[at + 1] & 0xff) == 0x8b && buf[at + 2] == 8
                && (flags & 0xe0) == 0 && (xfl == 0 || xfl == 2 || xfl == 4);
    }

    private void readHeader() throws IOException {
        if (!fill(10)) throw new EOFException("the file ends inside a gzip header");
        if (!isHeader(pos)) throw new IOException("not a gzip member");
        int flags = buf[pos + 3] & 0xff;
        pos += 10;
        if ((flags & 4) != 0) {  // FEXTRA
            if (!fill(2)) throw new EOFException("the file ends inside a gzip header");
            int xlen = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8;
            pos += 2;
            skip(xlen);
        }
        if ((flags & 8) != 0) skipZeroTerminated();   // FNAME
        if ((flags & 16) != 0) skipZeroTerminated();  // FCOMMENT
        if ((flags & 2) != 0) skip(2);                // FHCRC
    }

    private void skip(int n) throws IOException {
        for (int left = n; left > 0; ) {
            if (!fill(1)) throw new EOFException("the file ends inside a gzip header");
            int step = Math.min(left, lim - pos);
            pos += step;
            left -= step;
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (true) {
            if (!fill(1)) throw new EOFException("the file ends inside a gzip header");
            if (buf[pos++] == 0) return;
        }
    }

    /** Ensures at least {@code n} unread bytes are buffered; false at the end of the file. */
    private boolean fill(int n) throws IOException {
        if (lim - pos >= n) return true;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            bufStart += pos;
            lim -= pos;
            pos = 0;
        }
        while (lim < n) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) return false;
            lim += r;
        }
        return true;
    }

    /** The decompressed content of one member; its end verifies the trailer. */
    private final class Member extends InputStream {
        private final Inflater inflater = new Inflater(true);
        private final CRC32 crc = new CRC32();
        private boolean done;
        private int inputEnd;   // end of the input last handed to the inflater

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) return -1;
            if (len == 0) return 0;
            try {
                while (true) {
                    if (inflater.needsInput()) {
                        if (!fill(1)) throw new EOFException("the file ends inside a gzip member");
                        inflater.setInput(buf, pos, lim - pos);
                        inputEnd = lim;
                    }
                    int n = inflater.inflate(b, off, len);
                    pos = inputEnd - inflater.getRemaining();   // consumed input only: the rest is the next member's
                    if (n > 0) {
                        crc.update(b, off, n);
                        return n;
                    }
                    if (inflater.finished()) {
                        finish();
                        return -1;
                    }
                    if (inflater.needsDictionary()) throw new IOException("corrupt gzip data (dictionary needed)");
                }
            } catch (DataFormatException e) {
                inflater.end();
                done = true;
                throw new IOException("corrupt gzip data (" + e.getMessage() + ")");
            }
        }

        private void finish() throws IOException {
            long size = inflater.getBytesWritten();
            inflater.end();
            done = true;
            if (!fill(8)) throw new EOFException("the file ends inside a gzip trailer");
            long storedCrc = readLe32(pos), storedSize = readLe32(pos + 4);
            pos += 8;
            if (storedCrc != crc.getValue() || storedSize != (size & 0xffffffffL)) {
                throw new IOException("corrupt gzip data (checksum mismatch)");
            }
        }

        private long readLe32(int at) {
            return (buf[at] & 0xffL) | (buf[at + 1] & 0xffL) << 8 | (buf[at + 2] & 0xffL) << 16 | (buf[at + 3] & 0xffL) << 24;
        }

        @Override
        public void close() {
            if (!done) inflater.end();
        }
    }
}
