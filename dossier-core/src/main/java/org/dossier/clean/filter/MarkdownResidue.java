package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.clean.TextEdits;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.text.MappedText;

/**
 * Strips the markup that survives when an article was saved as Markdown or copied out of an
 * editor: emphasis ({@code **word**}, {@code _word_}), links ({@code [text](url)} keeps the text),
 * images, bare {@code <url>} autolinks, heading marks, block-quote marks, rules, reference-link
 * definitions, stray HTML tags and character entities.
 *
 * <p>Only the marks are deleted; the words between them keep their raw offsets. Each pattern asks
 * for the shape Markdown itself requires (no space inside the emphasis marks, no underscore
 * emphasis inside a word), so arithmetic ({@code 2 * 3 * 4}) and identifiers ({@code snake_case})
 * in ordinary text stay. A block that held only markup (an image, a link target) is dropped; a
 * block that was a Markdown heading becomes a {@link BlockKind#HEADING}.
 */
public final class MarkdownResidue implements BlockFilter {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,500})\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\[\\]\\n]+)\\]\\[[^\\]\\n]*\\]");
    private static final Pattern REF_DEFINITION = Pattern.compile("(?m)^[ ]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*\\S+.*$");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?://|ftp://|mailto:|www\\.)[^>\\s]*>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.{1,300}?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])([^*\\n]{1,300}?)(?<=[^\\s*])\\*(?![*\\w])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![_\\w])_(?=[^\\s_])([^_\\n]{1,300}?)(?<=[^\\s_])_(?![_\\w])");
    private static final Pattern STRIKE_OR_CODE = Pattern.compile("(~~|`)(?=\\S)([^`~\\n]{1,300}?)(?<=\\S)\\1");
    private static final Pattern HEADING_MARK = Pattern.compile("(?m)^[ ]{0,3}#{1,6}[ \\t]+|[ \\t]+#+[ \\t]*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^[ ]{0,3}>[ \\t]?");
    private static final Pattern RULE_OR_UNDERLINE = Pattern.compile("(?m)^[ ]{0,3}(?:[-*_=][ \\t]*){3,}$");
    private static final Pattern BULLET = Pattern.compile("(?m)^[ ]{0,3}[-*+][ \\t]+(?=\\S)");

    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.kind() == BlockKind.PREFORMATTED) {
                out.add(b);
                continue;
            }
            boolean heading = HEADING_MARK.matcher(b.text()).lookingAt() && BlockText.isSingleLine(BlockText.of(b));
            MappedText t = strip(b.text());
            if (t.text().isBlank()) continue;
            Block kept = t == b.text() ? b : b.withText(t.strip());
            if (heading && kept.kind() == BlockKind.PARAGRAPH) {
                kept = new Block(kept.text(), BlockKind.HEADING, kept.path(), kept.linkDensity());
            }
            out.add(kept);
        }
        return out;
    }

    static MappedText strip(MappedText text) {
        MappedText t = text;
        t = deleteAll(t, IMAGE);
        t = deleteAll(t, REF_DEFINITION);
        t = deleteAll(t, AUTOLINK);
        t = keepGroup(t, LINK, 1);
        t = keepGroup(t, REF_LINK, 1);
        t = deleteAll(t, HTML_TAG);
        t = decodeEntities(t);
        t = keepGroup(t, STRONG, 2);
        t = keepGroup(t, EMPHASIS_STAR, 1);
        t = keepGroup(t, EMPHASIS_UNDERSCORE, 1);
        t = keepGroup(t, STRIKE_OR_CODE, 2);
        t = deleteAll(t, RULE_OR_UNDERLINE);
        t = deleteAll(t, HEADING_MARK);
        t = deleteAll(t, QUOTE_MARK);
        return deleteAll(t, BULLET);
    }

    private static MappedText deleteAll(MappedText text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        TextEdits edits = new TextEdits(text);
        while (m.find()) {
            if (m.end() > m.start()) edits.delete(m.start(), m.end());
        }
        return edits.apply();
    }

    /** Replaces each match with its {@code group}, deleting only the marks around it. */
    private static MappedText keepGroup(MappedText text, Pattern pattern, int group) {
        Matcher m = pattern.matcher(text);
        TextEdits edits = new TextEdits(text);
        while (m.find()) {
            if (m.start() < m.start(group)) edits.delete(m.start(), m.start(group));
            if (m.end(group) < m.end()) edits.delete(m.end(group), m.end());
        }
        return edits.apply();
    }

    private static MappedText decodeEntities(MappedText text) {
        Matcher m = ENTITY.matcher(text);
        TextEdits edits = new TextEdits(text);
        while (m.find()) {
            String decoded = org.jsoup.parser.Parser.unescapeEntities(m.group(), false);
            if (!decoded.equals(m.group())) edits.replace(m.start(), m.end(), decoded.replace('\u00A0', ' '));
        }
        return edits.apply();
    }
}
