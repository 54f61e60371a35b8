package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.clean.Lexicon;
import org.dossier.clean.TextEdits;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.text.MappedText;

/**
 * Turns the line breaks inside a block into what they meant: a hard wrap (text typed or extracted
 * at a fixed width, as in PDF text and e-mail) is joined with a space, a word broken by a hyphen
 * at the end of a line is joined when the result is a known word, and a real paragraph break
 * splits the block in two.
 *
 * <p>Which is which is read from the block's own line lengths. In wrapped text most lines run
 * close to the widest one; there a line ends a paragraph when it ends a sentence and falls short
 * of the width, or when the next line is indented. In text that is not wrapped (one paragraph per
 * line) every line break ends a paragraph, unless the line stops mid-sentence and the next one
 * carries on in lower case. Preformatted blocks and tables are left alone.
 */
public final class LineReflow implements BlockFilter {
    /** Widest line of text that is still taken for hard-wrapped. */
    static final int MAX_WRAP_WIDTH = 160;

    private final Lexicon lexicon;

    public LineReflow(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.kind() == BlockKind.PREFORMATTED || b.kind() == BlockKind.TABLE || b.text().text().indexOf('\n') < 0) {
                out.add(b);
            } else {
                reflow(b, out);
            }
        }
        return out;
    }

    private void reflow(Block block, List<Block> out) {
        MappedText text = block.text();
        String s = text.text();
        List<int[]> lines = lines(s);
        int width = 0;
        for (int[] l : lines) width = Math.max(width, l[1] - l[0]);
        boolean wrapped = isWrapped(lines, width);
        List<Join> joins = new ArrayList<>();
        List<Integer> cuts = new ArrayList<>();   // offsets where a new paragraph starts
        for (int i = 0; i + 1 < lines.size(); i++) {
            int[] a = lines.get(i), b = lines.get(i + 1);
            String lineA = s.substring(a[0], a[1]).strip();
            int bStart = b[0];
            while (bStart < b[1] && s.charAt(bStart) == ' ') bStart++;
            String lineB = s.substring(bStart, b[1]);
            Decision d = lineA.isEmpty() || lineB.isEmpty() ? Decision.SPLIT
                    : decide(lineA, lineB, b[0] < bStart, wrapped, a[1] - a[0], width, s, a[1], bStart);
            switch (d) {
                case JOIN -> joins.add(new Join(a[1], bStart, " "));
                case JOIN_WORD -> joins.add(new Join(a[1] - 1, bStart, ""));
                case JOIN_HYPHENATED -> joins.add(new Join(a[1], bStart, ""));
                case SPLIT -> cuts.add(bStart);
            }
        }
        cuts.add(s.length());
        int start = 0;
        for (int cut : cuts) {
            TextEdits edits = new TextEdits(text.subSequence(start, cut));
            for (Join j : joins) {
                if (j.start >= start && j.end <= cut) edits.replace(j.start - start, j.end - start, j.replacement);
            }
            MappedText piece = edits.apply().strip();
            if (piece.length() > 0) out.add(cuts.size() == 1 && piece.equals(text) ? block : block.withText(piece));
            start = cut;
        }
    }

    private record Join(int start, int end, String replacement) {}

    enum Decision { JOIN, JOIN_WORD, JOIN_HYPHENATED, SPLIT }

    private Decision decide(String a, String b, boolean bIndented, boolean wrapped, int aLength, int width,
                            String s, int aEnd, int bStart) {
        boolean aEnds = BlockText.endsSentence(a);
        if (Hyphenation.endsWithBreakHyphen(a) && Character.isLowerCase(b.charAt(0))) return joinKind(a, b, s, aEnd, bStart);
        if (!aEnds && BlockText.startsAsContinuation(b)) return Decision.JOIN;
        if (!wrapped) return Decision.SPLIT;
        if (bIndented && !BlockText.startsAsContinuation(b)) return Decision.SPLIT;
        if (aEnds && aLength < 0.8 * width) return Decision.SPLIT;
        if (!aEnds && aLength < 0.6 * width) return Decision.SPLIT;
        return Decision.JOIN;
    }

    private Decision joinKind(String a, String b, String s, int aEnd, int bStart) {
        if (!Hyphenation.endsWithBreakHyphen(a)) return Decision.JOIN;
        String before = Hyphenation.fragmentBefore(s, aEnd - 1);
        String after = Hyphenation.fragmentAfter(s, bStart);
        return Hyphenation.isBrokenWord(before, after, lexicon) ? Decision.JOIN_WORD : Decision.JOIN_HYPHENATED;
    }

    /** Wrapped text: several lines, the widest no wider than a page, and most lines near it. */
    private static boolean isWrapped(List<int[]> lines, int width) {
        if (lines.size() < 2 || width > MAX_WRAP_WIDTH || width < 20) return false;
        int near = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i)[1] - lines.get(i)[0] >= 0.6 * width) near++;
        }
        return near * 2 >= lines.size() - 1;
    }

    /** [start, end) of each line, trailing spaces excluded. */
    private static List<int[]> lines(String s) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                int end = i;
                while (end > start && s.charAt(end - 1) == ' ') end--;
                lines.add(new int[] {start, end});
                start = i + 1;
            }
        }
        return lines;
    }
}
