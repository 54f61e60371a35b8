package org.dossier.parse.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dossier.parse.BlockKind;
import org.dossier.text.MappedText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a (pruned) page into blocks: every block-level element starts and ends one, inline content
 * flows into the block of its nearest block-level ancestor. Whitespace collapses as a browser
 * renders it ({@code <pre>} keeps its own), {@code <br>} becomes a line break, and the cells of a
 * simple table row join into one block. Each character keeps its raw offset.
 */
final class BlockCollector implements NodeVisitor {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
            "legend", "option", "listing", "plaintext", "xmp", "noscript", "iframe");

    private static final int ANCESTOR_REACH = 4;

    private final SourceMapper mapper;
    private final List<HtmlBlock> blocks = new ArrayList<>();
    private final List<Element> owners = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[256];
    private int[] scratch = new int[256];
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private int lastRaw;
    private Element simpleRow;

    private BlockCollector(SourceMapper mapper) {
        this.mapper = mapper;
    }

    /** The blocks under {@code root}, in document order. */
    static List<HtmlBlock> collect(Element root, SourceMapper mapper) {
        BlockCollector c = new BlockCollector(mapper);
        c.owners.add(root);
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t);
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                appendSynthetic(preDepth > 0 ? '\n' : '\n');
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (simpleRow != null && (tag.equals("td") || tag.equals("th")) && e.parent() == simpleRow) {
                appendSynthetic(' ');
                return;
            }
            if (tag.equals("pre") || tag.equals("textarea") || tag.equals("listing")) preDepth++;
            if (BLOCK_TAGS.contains(tag) && e != owners.get(0)) {
                flush();
                owners.add(e);
                if (tag.equals("tr") && simpleRow == null && isSimpleRow(e)) simpleRow = e;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (tag.equals("a")) linkDepth = Math.max(0, linkDepth - 1);
        if (tag.equals("pre") || tag.equals("textarea") || tag.equals("listing")) preDepth = Math.max(0, preDepth - 1);
        if (simpleRow != null && e.parent() == simpleRow && (tag.equals("td") || tag.equals("th"))) return;
        if (BLOCK_TAGS.contains(tag) && e != owners.get(0)) {
            flush();
            owners.remove(owners.size() - 1);
            if (e == simpleRow) simpleRow = null;
        }
    }

    private void appendText(TextNode node) {
        String whole = node.getWholeText();
        if (whole.isEmpty()) return;
        if (scratch.length < whole.length()) scratch = new int[whole.length() * 2];
        if (!mapper.map(node, whole, scratch)) Arrays.fill(scratch, 0, whole.length(), lastRaw);
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            int rawAt = scratch[i];
            if (preDepth == 0 && isCollapsible(c)) {
                if (text.length() == 0 || isCollapsible(text.charAt(text.length() - 1))) continue;
                c = ' ';
            } else if (c == '\u00a0' && preDepth == 0) {
                c = ' ';
                if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') continue;
            }
            put(c, rawAt);
            if (linkDepth > 0) linkChars++;
        }
    }

    private void appendSynthetic(char c) {
        if (text.length() == 0) return;
        char last = text.charAt(text.length() - 1);
        if (c == '\n' && last == ' ') {
            text.setCharAt(text.length() - 1, '\n');
            return;
        }
        if (last == ' ' || last == '\n') return;
        put(c, lastRaw);
    }

    private void put(char c, int rawAt) {
        if (text.length() + 1 >= offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[text.length()] = rawAt;
        text.append(c);
        lastRaw = rawAt;
    }

    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private void flush() {
        int s = 0, e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) {
            int[] map = new int[e - s + 1];
            System.arraycopy(offsets, s, map, 0, e - s);
            map[e - s] = offsets[e - 1] + 1;
            String t = text.substring(s, e);
            Element owner = owners.get(owners.size() - 1);
            int links = Math.min(linkChars, t.length());
            blocks.add(new HtmlBlock(owner, MappedText.of(t, map), kindOf(owner), links, Words.count(t)));
        }
        text.setLength(0);
        linkChars = 0;
    }

    /** A row whose cells hold only inline content: read as one line, not as many tiny blocks. */
    private static boolean isSimpleRow(Element tr) {
        for (Element cell : tr.children()) {
            for (Element d : cell.getAllElements()) {
                if (d != cell && BLOCK_TAGS.contains(d.normalName())) return false;
            }
        }
        return true;
    }

    /** The block's role: its own tag first, then a quoting, caption or code ancestor close above it. */
    static BlockKind kindOf(Element owner) {
        BlockKind own = switch (owner.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "li", "dd", "dt" -> BlockKind.LIST_ITEM;
            case "pre", "listing", "xmp" -> BlockKind.PREFORMATTED;
            case "figcaption", "caption" -> BlockKind.CAPTION;
            case "td", "th", "tr" -> BlockKind.TABLE;
            case "blockquote" -> BlockKind.QUOTE;
            default -> BlockKind.PARAGRAPH;
        };
        int level = 0;
        for (Element e = owner.parent(); e != null && level < ANCESTOR_REACH; e = e.parent(), level++) {
            switch (e.normalName()) {
                case "blockquote": return BlockKind.QUOTE;
                case "figcaption", "figure": return BlockKind.CAPTION;
                case "pre": return BlockKind.PREFORMATTED;
                case "body": return own;
                default: break;
            }
        }
        return own;
    }
}
