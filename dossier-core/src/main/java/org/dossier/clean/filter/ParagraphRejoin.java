package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.clean.Lexicon;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.text.MappedText;

/**
 * Rejoins a paragraph that was broken in two: by a page break in PDF text, by an image or an ad
 * slot in a web page, by a stray blank line in a copy. The first part stops mid-sentence, and the
 * second visibly carries on: it starts in lower case or with a digit, or the first part ends with
 * a comma or a word that cannot end a sentence ("of", "the", "and"). A word hyphenated across the
 * break is joined when the lexicon knows the whole word.
 *
 * <p>Headings, captions, list items and tables are never joined: they end without punctuation by
 * design.
 */
public final class ParagraphRejoin implements BlockFilter {
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "and", "or", "but", "nor", "that", "which", "who", "whose", "as", "than", "into", "onto",
            "its", "their", "his", "her", "our", "your", "my", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "could", "should", "can", "may", "might", "must", "not", "this", "these", "those");

    private final Lexicon lexicon;

    public ParagraphRejoin(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!out.isEmpty() && continues(out.get(out.size() - 1), b)) {
                out.set(out.size() - 1, join(out.get(out.size() - 1), b));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private boolean continues(Block first, Block second) {
        if (!isProse(first) || !isProse(second)) return false;
        String a = BlockText.of(first), b = BlockText.of(second);
        if (a.isEmpty() || b.isEmpty() || BlockText.endsSentence(a)) return false;
        if (Hyphenation.endsWithBreakHyphen(a) && Character.isLowerCase(b.charAt(0))) return true;
        if (BlockText.startsAsContinuation(b)) return true;
        char last = a.charAt(a.length() - 1);
        if (last == ',' || last == ';') return Character.isLetterOrDigit(b.charAt(0));
        return DANGLING.contains(lastWord(a)) && Character.isLetterOrDigit(b.charAt(0));
    }

    private static boolean isProse(Block block) {
        return block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.QUOTE || block.kind() == BlockKind.OTHER;
    }

    private Block join(Block first, Block second) {
        MappedText a = first.text().strip(), b = second.text().strip();
        if (Hyphenation.endsWithBreakHyphen(a)) {
            String before = Hyphenation.fragmentBefore(a, a.length() - 1);
            String after = Hyphenation.fragmentAfter(b, 0);
            MappedText head = Hyphenation.isBrokenWord(before, after, lexicon) ? a.subSequence(0, a.length() - 1) : a;
            return first.withText(head.append(b));
        }
        return first.withText(a.append(MappedText.synthetic(" ", a.rawOffset(a.length()))).append(b));
    }

    private static String lastWord(String text) {
        int e = text.length();
        while (e > 0 && !Character.isLetter(text.charAt(e - 1))) e--;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }
}
