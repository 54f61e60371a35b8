package org.dossier.formats.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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
 * in the file (the offset CDX indexes use, so a record can be looked up again).
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
        WarcReader reader = new WarcReader(in);
        reader.setLenient(true);
        int html = 0;
        for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            if (next.get() instanceof WarcResponse response) {
                String member = source + "#offset=" + reader.position();
                if (read(member, response, context, out)) html++;
            }
        }
        if (html == 0) context.problems().report(source, "no HTML responses in this WARC file");
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
