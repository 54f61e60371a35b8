package org.dossier.formats.warc;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.source.ContainerContext;
import org.dossier.source.ContainerReader;
import org.dossier.source.Hints;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.Problem;
import org.dossier.source.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Expands a WARC or WARC.gz file (Common Crawl's CC-NEWS, a crawler's output) into its HTML
 * responses, one record at a time, named {@code file.warc.gz#offset=N} after the record's offset
 * in the file (the offset CDX indexes use, so a record can be looked up again; in a file gzipped
 * whole rather than per record, later records are {@code #offset=0+P}, P counted in the
 * decompressed stream).
 *
 * <p>In a WARC.gz each record is its own gzip member, so a damaged record is skipped and reading
 * resumes at the next member; in an uncompressed WARC, damage to the framing ends the file.
 *
 * <p>Each document carries the target URI as its URL, the capture date as a
 * {@link Hints#DATE} marked {@link Hints#DATE_IS_CAPTURE} (a crawl date is an upper bound for the
 * publication date, not the date itself), and the charset of the HTTP {@code Content-Type}.
 * Requests, metadata, redirects, errors and non-HTML payloads are not articles and are passed over
 * silently; a response whose HTTP message is damaged is reported and skipped.
 */
public final class WarcContainerReader implements ContainerReader {
    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypeDetector.WARC);
    }

    @Override
    public void expand(String source, InputStream in, ContainerContext context, Consumer<RawDocument> out)
            throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        int html = gzip ? expandMembers(source, buffered, context, out) : expandPlain(source, buffered, context, out);
        if (html == 0) context.problems().report(source, "no HTML responses in this WARC file");
    }

    /** An uncompressed WARC: records follow each other, so damage to one ends the file. */
    private static int expandPlain(String source, InputStream in, ContainerContext context, Consumer<RawDocument> out)
            throws IOException {
        return readRecords(source + "#offset=", false, new WarcReader(in), context, out);
    }

    /**
     * A WARC.gz, one gzip member per record: a damaged member is reported once (with the ones
     * damaged right after it, which are usually the same damage) and reading resumes at the next.
     */
    private static int expandMembers(String source, InputStream in, ContainerContext context,
            Consumer<RawDocument> out) throws IOException {
        GzipMembers members = new GzipMembers(in);
        int html = 0;
        boolean inDamage = false;
        while (!members.atEnd()) {
            long offset = members.position();
            try (InputStream member = members.openMember()) {
                html += readRecords(source + "#offset=" + offset, true, new WarcReader(member), context, out);
                member.transferTo(OutputStream.nullOutputStream());   // reach the trailer: checks the CRC
                inDamage = false;
            } catch (IOException e) {
                if (!inDamage) {
                    context.problems().report(source + "#offset=" + offset, "damaged record, skipped ("
                            + Problem.oneLine(e.getMessage()) + ")");
                }
                inDamage = true;
                members.skipToNextMember();
            }
        }
        return html;
    }

    /**
     * Reads every record of one reader, naming each {@code base + position}; within a gzip member
     * the first record is named {@code base} itself and later ones {@code base + "+" + position}.
     */
    private static int readRecords(String base, boolean withinMember, WarcReader reader, ContainerContext context,
            Consumer<RawDocument> out) throws IOException {
        reader.setLenient(true);
        int html = 0;
        for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            if (next.get() instanceof WarcResponse response) {
                long at = reader.position();
                String member = withinMember ? (at == 0 ? base : base + "+" + at) : base + at;
                if (read(member, response, context, out)) html++;
            }
        }
        return html;
    }

    /**
     * Emits the response if it holds an HTML page; true when it did. A damaged record is reported
     * and skipped; a file that ends inside the record ends the container.
     */
    private static boolean read(String member, WarcResponse response, ContainerContext context,
            Consumer<RawDocument> out) throws IOException {
        String target = response.target();
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) return false;
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.isEmpty() && !base.equals("text/html") && !base.equals("application/xhtml+xml")) return false;
            byte[] body;
            try (InputStream payload = http.bodyDecoded().stream()) {
                body = context.readMember(member, payload);
            }
            if (body == null) return false;
            if (body.length == 0) {
                context.problems().report(member, "empty response for " + target);
                return false;
            }
            Map<String, String> hints = new HashMap<>();
            hints.put(Hints.DATE, response.date().toString());
            hints.put(Hints.DATE_IS_CAPTURE, "true");
            hints.put(Hints.CONTENT_TYPE, base.isEmpty() ? MediaTypeDetector.HTML : base);
            String charset = type == null ? null : type.parameters().get("charset");
            if (charset != null && !charset.isBlank()) hints.put(Hints.CHARSET, charset);
            out.accept(new RawDocument(member, MediaTypeDetector.HTML, body, target, hints));
            return true;
        } catch (EOFException e) {
            throw new IOException("the file ends inside the record for " + target, e);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                    : Problem.oneLine(e.getMessage().replaceFirst("\\s*:?\\s*<-- HERE -->.*", ""));
            context.problems().report(member, "damaged response record for " + target + " (" + reason + ")");
            return false;
        }
    }
}
