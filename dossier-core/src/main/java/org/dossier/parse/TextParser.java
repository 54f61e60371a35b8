package org.dossier.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.source.RawDocument;
import org.dossier.text.Charsets;
import org.dossier.text.MappedText;

/**
 * Plain text and Markdown: blocks are paragraphs separated by blank lines. Markup residue, hard
 * line breaks and the like are left to the cleaner, which sees every format the same way.
 */
public final class TextParser implements DocumentParser {
    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain", "text/markdown");
    }

    @Override
    public ParsedDocument parse(RawDocument document) throws ParseException {
        String raw = Charsets.decode(document.content(), document.hint("charset"));
        return new ParsedDocument(raw, paragraphs(raw), List.of());
    }

    /** Splits on blank lines; each paragraph keeps its raw offsets. */
    static List<Block> paragraphs(String raw) {
        List<Block> blocks = new ArrayList<>();
        int n = raw.length(), start = 0, i = 0;
        while (i <= n) {
            boolean end = i == n;
            if (!end && raw.charAt(i) == '\n') {
                int j = i + 1;
                while (j < n && (raw.charAt(j) == ' ' || raw.charAt(j) == '\t' || raw.charAt(j) == '\r')) j++;
                if (j < n && raw.charAt(j) == '\n') end = true;
            }
            if (end) {
                MappedText para = MappedText.identity(raw.substring(start, i), start).strip();
                if (para.length() > 0) blocks.add(Block.paragraph(para));
                while (i < n && Character.isWhitespace(raw.charAt(i))) i++;
                start = i;
                if (i == n) break;
            } else {
                i++;
            }
        }
        return blocks;
    }
}
