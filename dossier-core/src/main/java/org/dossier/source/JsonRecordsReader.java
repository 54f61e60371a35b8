package org.dossier.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Expands JSON exports of article records (news-please's format and the like) into one
 * {@link MediaTypeDetector#NEWS_RECORD} document per record.
 *
 * <p>JSON Lines is read line by line, so a corrupt line is reported as {@code file#line=N} and
 * the lines after it are still read. A JSON file may hold one record, an array of records, or
 * several records one after another; it is streamed record by record, but a syntax error ends it
 * (JSON cannot be resynchronised after one).
 */
public final class JsonRecordsReader implements ContainerReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A line holds exactly one value: anything after it means the line is corrupt. */
    private static final ObjectMapper LINE_MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypeDetector.JSON, MediaTypeDetector.JSON_LINES);
    }

    @Override
    public void expand(String source, InputStream in, ContainerContext context, Consumer<RawDocument> out)
            throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, MediaTypeDetector.HEAD_BYTES);
        buffered.mark(MediaTypeDetector.HEAD_BYTES);
        String type = context.detect(source, buffered.readNBytes(MediaTypeDetector.HEAD_BYTES));
        buffered.reset();
        if (type.equals(MediaTypeDetector.JSON_LINES)) readLines(source, buffered, context, out);
        else readValues(source, buffered, context, out);
    }

    private static void readLines(String source, InputStream in, ContainerContext context, Consumer<RawDocument> out)
            throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, context.maxDocumentBytes());
        for (byte[] line; (line = lines.next()) != null; ) {
            String member = source + "#line=" + lines.lineNumber();
            if (lines.wasTooLong()) {
                context.problems().report(member, "too large (over the "
                        + SizeLimit.describe(context.maxDocumentBytes()) + " limit)");
                continue;
            }
            if (isBlank(line)) continue;
            try {
                emit(member, LINE_MAPPER.readTree(line), line, context, out);
            } catch (JsonProcessingException e) {
                context.problems().report(member, "malformed JSON (" + shortReason(e) + ")");
            }
        }
    }

    private static void readValues(String source, InputStream in, ContainerContext context, Consumer<RawDocument> out)
            throws IOException {
        int item = 0;
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            while (t != null) {
                if (t == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() == null) throw new IOException("unexpected end of JSON array");
                        item++;
                        emit(source + "#item=" + item, MAPPER.readTree(p), null, context, out);
                    }
                    t = p.nextToken();
                } else {
                    item++;
                    JsonNode node = MAPPER.readTree(p);
                    t = p.nextToken();
                    boolean onlyRecord = item == 1 && t == null;
                    emit(onlyRecord ? source : source + "#item=" + item, node, null, context, out);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IOException("malformed JSON (" + shortReason(e) + ")", e);
        }
    }

    /** Emits one record; {@code original} is its bytes as they arrived, when the reader has them. */
    private static void emit(String member, JsonNode node, byte[] original, ContainerContext context,
            Consumer<RawDocument> out) throws JsonProcessingException {
        if (node == null || !node.isObject()) {
            context.problems().report(member, "not an article record (a JSON " + kind(node) + ", expected an object)");
            return;
        }
        byte[] bytes = original != null ? original : MAPPER.writeValueAsBytes(node);
        if (bytes.length > context.maxDocumentBytes()) {
            context.problems().report(member, "too large (over the " + SizeLimit.describe(context.maxDocumentBytes())
                    + " limit)");
            return;
        }
        JsonNode url = node.get("url");
        out.accept(new RawDocument(member, MediaTypeDetector.NEWS_RECORD, bytes,
                url != null && url.isTextual() ? url.asText() : null, Map.of()));
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull()) return "null";
        if (node.isArray()) return "array";
        if (node.isTextual()) return "string";
        if (node.isNumber()) return "number";
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    private static String shortReason(JsonProcessingException e) {
        return Problem.oneLine(e.getOriginalMessage());
    }
}
