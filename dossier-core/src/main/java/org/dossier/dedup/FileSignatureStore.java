package org.dossier.dedup;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * A {@link SignatureStore} in one append-only file, e.g. {@code signatures.dsig} in a workspace
 * folder.
 *
 * <p>Format: a header (magic, version, and the configuration the signatures depend on), then
 * records of {@code length, payload, CRC-32 of payload}. A write interrupted mid-record leaves a torn
 * tail; opening the file stops at the first record whose length or checksum is wrong and truncates
 * there, so everything committed before survives and nothing half-written is ever read. Signatures
 * made with another shingle size, permutation count or sampling rule are not comparable, so such a
 * file is refused rather than silently mixed.
 */
public final class FileSignatureStore implements SignatureStore {
    /** The store's file name inside a workspace folder. */
    public static final String FILE_NAME = "signatures.dsig";
    private static final int MAGIC = 0x44534947; // "DSIG"
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 4 * 6;
    private static final int MAX_RECORD = 64 << 20;
    private final Path file;
    private final FileChannel channel;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final long committedEnd;

    private FileSignatureStore(Path file, FileChannel channel, long committedEnd) {
        this.file = file;
        this.channel = channel;
        this.committedEnd = committedEnd;
    }

    /** The store of a workspace folder (created if absent). */
    public static FileSignatureStore inWorkspace(Path workspace, DedupConfig config) throws IOException {
        Files.createDirectories(workspace);
        return open(workspace.resolve(FILE_NAME), config);
    }

    /** Opens (or creates) a store file; a torn tail left by an interrupted write is cut off. */
    public static FileSignatureStore open(Path file, DedupConfig config) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            header.putInt(MAGIC).putInt(VERSION).putInt(config.shingleSize()).putInt(config.permutations())
                    .putInt(config.sampleModulus()).putInt(config.maxSample()).flip();
            if (ch.size() < HEADER_BYTES) {
                ch.truncate(0);
                ch.write(header, 0);
                ch.force(true);
            } else {
                ByteBuffer found = ByteBuffer.allocate(HEADER_BYTES);
                ch.read(found, 0);
                found.flip();
                if (!found.equals(header)) {
                    throw new IOException(file + ": signatures were made with another format or configuration");
                }
            }
            long end = validEnd(ch);
            if (end < ch.size()) ch.truncate(end);
            ch.position(end);
            return new FileSignatureStore(file, ch, end);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** The end of the last whole, checksummed record. */
    private static long validEnd(FileChannel ch) throws IOException {
        long pos = HEADER_BYTES;
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch.position(pos)), 1 << 16));
        while (true) {
            try {
                byte[] payload = readRecord(in);
                if (payload == null) return pos;
                pos += 8 + payload.length;
            } catch (EOFException e) {
                return pos;
            }
        }
    }

    /** One record's payload, or null when the length or checksum is wrong (a torn write). */
    private static byte[] readRecord(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_RECORD) return null;
        byte[] payload = in.readNBytes(length);
        if (payload.length < length) throw new EOFException();
        int crc = in.readInt();
        CRC32 c = new CRC32();
        c.update(payload);
        return (int) c.getValue() == crc ? payload : null;
    }

    @Override
    public void forEach(Consumer<DedupEntry> out) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            in.skipNBytes(HEADER_BYTES);
            long pos = HEADER_BYTES;
            while (pos < committedEnd) {
                byte[] payload = readRecord(in);
                if (payload == null) throw new IOException(file + ": damaged record at byte " + pos);
                pos += 8 + payload.length;
                out.accept(decode(payload));
            }
        }
    }

    @Override
    public synchronized void append(DedupEntry entry) throws IOException {
        byte[] payload = encode(entry);
        CRC32 c = new CRC32();
        c.update(payload);
        DataOutputStream out = new DataOutputStream(pending);
        out.writeInt(payload.length);
        out.write(payload);
        out.writeInt((int) c.getValue());
        if (pending.size() > 1 << 20) writePending();
    }

    @Override
    public synchronized void commit() throws IOException {
        writePending();
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            commit();
        } finally {
            channel.close();
        }
    }

    private void writePending() throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(pending.toByteArray());
        while (buf.hasRemaining()) channel.write(buf);
        pending.reset();
    }

    static byte[] encode(DedupEntry e) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 4 * e.signature().minHash().length);
        DataOutputStream out = new DataOutputStream(bytes);
        Signature s = e.signature();
        out.writeUTF(e.id());
        out.writeLong(s.exactHash());
        out.writeInt(s.shingleCount());
        writeInts(out, s.minHash());
        writeInts(out, s.sample());
        CopyTraits t = e.traits();
        out.writeInt(t.repairs());
        out.writeLong(t.published() == null ? Long.MIN_VALUE : t.published().toEpochDay());
        writeNullable(out, t.outlet());
        writeNullable(out, t.wire());
        return bytes.toByteArray();
    }

    static DedupEntry decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        String id = in.readUTF();
        Signature s = new Signature(in.readLong(), in.readInt(), readInts(in), readInts(in));
        int repairs = in.readInt();
        long day = in.readLong();
        CopyTraits t = new CopyTraits(repairs, day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
                readNullable(in), readNullable(in));
        return new DedupEntry(id, s, t);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) out.writeInt(v);
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_RECORD / 4) throw new IOException("bad array length " + n);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = in.readInt();
        return values;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeUTF(s.length() > 1000 ? s.substring(0, 1000) : s);
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
