package org.dossier.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Looks inside the head of a gzip stream without reading the rest: a {@code .warc.gz} must go to
 * the WARC reader whole (it reads record by record and keeps file offsets), anything else is
 * unwrapped and detected again.
 */
final class GzipPeek {
    private GzipPeek() {}

    static boolean isWarc(byte[] bytes, int n) {
        byte[] inner = inflateHead(bytes, n, 8);
        return MediaTypeDetector.startsWith(inner, 'W', 'A', 'R', 'C', '/');
    }

    /** Up to {@code want} decompressed bytes from a possibly truncated gzip head; fewer if it is corrupt. */
    static byte[] inflateHead(byte[] bytes, int n, int want) {
        byte[] out = new byte[want];
        int got = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes, 0, n))) {
            while (got < want) {
                int r = in.read(out, got, want - got);
                if (r < 0) break;
                got += r;
            }
        } catch (IOException e) {
            // truncated or corrupt head: judge by what was inflated so far
        }
        return java.util.Arrays.copyOf(out, got);
    }
}
