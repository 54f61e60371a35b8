package org.dossier.parse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.parse.DocumentParser;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.Problem;
import org.dossier.source.RawDocument;
import org.dossier.text.Charsets;
import org.dossier.text.MappedText;

/**
 * One article record in news-please's field names ({@code title}, {@code maintext},
 * {@code date_publish}, {@code authors}, {@code url}, {@code source_domain}, {@code language},
 * {@code description}, ...): the body becomes one block per line of {@code maintext} (news-please
 * puts one paragraph on each line), the other fields become metadata candidates.
 *
 * <p>The raw text is the record itself, and block offsets point into it through the string's
 * escapes, so a citation still leads back to the exact characters of the export.
 */
public final class NewsRecordParser implements DocumentParser {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypeDetector.NEWS_RECORD);
    }

    @Override
    public ParsedDocument parse(RawDocument document) throws ParseException {
        String raw = Charsets.decode(document.content(), "UTF-8");
        Map<String, Integer> stringAt = new HashMap<>();
        Map<String, List<String>> values = new HashMap<>();
        readTopLevel(raw, stringAt, values);
        List<MetadataCandidate> metadata = new ArrayList<>();
        for (NewsRecordFields.Mapping m : NewsRecordFields.METADATA) {
            for (String v : values.getOrDefault(m.field(), List.of())) {
                if (!v.isBlank()) metadata.add(new MetadataCandidate(m.target(), v.strip(), "news-please:" + m.field(),
                        m.confidence()));
            }
        }
        for (String field : bodyFields()) {
            Integer quote = stringAt.get(field);
            if (quote == null) continue;
            List<Block> blocks = lines(JsonStringDecoder.decode(raw, quote), "json:" + field);
            if (!blocks.isEmpty()) return new ParsedDocument(raw, blocks, metadata);
        }
        throw new ParseException("no article text in the record (none of " + String.join(", ", bodyFields()) + ")");
    }

    /** Body fields, then the description as a last resort (feeds and thin exports carry only that). */
    private static List<String> bodyFields() {
        List<String> fields = new ArrayList<>(NewsRecordFields.BODY);
        fields.add("description");
        return fields;
    }

    /** Top-level string fields (with the offset of their literal) and string-array fields. */
    private static void readTopLevel(String raw, Map<String, Integer> stringAt, Map<String, List<String>> values)
            throws ParseException {
        try (JsonParser p = JSON.createParser(raw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new ParseException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    stringAt.putIfAbsent(name, (int) p.currentTokenLocation().getCharOffset());
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(p.getText());
                } else if (value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() == JsonToken.VALUE_STRING) {
                            values.computeIfAbsent(name, k -> new ArrayList<>()).add(p.getText());
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new ParseException("malformed JSON record (" + Problem.oneLine(e.getMessage()) + ")");
        }
    }

    /** One block per non-blank line. */
    private static List<Block> lines(MappedText body, String path) {
        List<Block> blocks = new ArrayList<>();
        String text = body.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                MappedText line = body.subSequence(start, i).strip();
                if (line.length() > 0) blocks.add(new Block(line, BlockKind.PARAGRAPH, path, 0));
                start = i + 1;
            }
        }
        return blocks;
    }
}
