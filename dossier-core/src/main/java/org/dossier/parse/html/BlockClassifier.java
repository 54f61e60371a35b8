package org.dossier.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.parse.BlockKind;

/**
 * Keeps or drops each block of the article region, in the manner of jusText: blocks are first
 * judged alone (long prose is good; captions, link lists and template phrases are bad; the rest is
 * undecided), then undecided blocks take their verdict from context: inside a run of good text
 * they stay, before the first or after the last good block they go unless they read as a
 * sentence. Headings that repeat the page title are dropped: the title is metadata, not body.
 */
final class BlockClassifier {
    private static final int GOOD_LENGTH = 80;
    private static final double GOOD_MAX_LINKS = 0.3;
    private static final double BAD_LINKS = 0.5;
    private static final double MOSTLY_LINKS = 0.8;

    private enum Verdict { GOOD, BAD, UNDECIDED }

    private BlockClassifier() {}

    /** The body blocks among {@code blocks} (all of the page), given the article region. */
    static List<HtmlBlock> classify(List<HtmlBlock> blocks, List<org.jsoup.nodes.Element> region, Set<String> titles) {
        List<HtmlBlock> inRegion = new ArrayList<>();
        for (HtmlBlock b : blocks) if (region.isEmpty() || ContentLocator.within(b.owner(), region)) inRegion.add(b);
        return decide(inRegion, titles);
    }

    private static List<HtmlBlock> decide(List<HtmlBlock> blocks, Set<String> titles) {
        int n = blocks.size();
        Verdict[] v = new Verdict[n];
        int firstGood = -1, lastGood = -1;
        for (int i = 0; i < n; i++) {
            v[i] = alone(blocks.get(i), titles);
            if (v[i] == Verdict.GOOD) {
                if (firstGood < 0) firstGood = i;
                lastGood = i;
            }
        }
        List<HtmlBlock> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HtmlBlock b = blocks.get(i);
            boolean keep = switch (v[i]) {
                case GOOD -> true;
                case BAD -> false;
                case UNDECIDED -> firstGood < 0 || i > firstGood && i < lastGood || readsAsSentence(b, false)
                        || b.kind() == BlockKind.HEADING && i < lastGood && i > firstGood;
            };
            if (keep) out.add(b);
        }
        return out;
    }

    private static Verdict alone(HtmlBlock b, Set<String> titles) {
        String text = b.text().text();
        if (b.kind() == BlockKind.CAPTION) return Verdict.BAD;
        if (b.kind() == BlockKind.HEADING && titles.contains(normalize(text))) return Verdict.BAD;
        double ld = b.linkDensity();
        if (ld > BAD_LINKS && b.length() < 600) {
            // a sentence whose names are linked is still prose; a line of links is not
            boolean sentence = ld <= MOSTLY_LINKS && b.kind() == BlockKind.PARAGRAPH && readsAsSentence(b, true);
            return sentence ? Verdict.UNDECIDED : Verdict.BAD;
        }
        if (BoilerplatePhrases.isBoilerplate(text)) return Verdict.BAD;
        if (b.kind() != BlockKind.HEADING && b.length() >= GOOD_LENGTH && ld <= GOOD_MAX_LINKS) return Verdict.GOOD;
        return Verdict.UNDECIDED;
    }

    /** A short block that is still a sentence of prose (a closing line such as "The vote is on Friday."). */
    private static boolean readsAsSentence(HtmlBlock b, boolean linksAllowed) {
        if (b.kind() == BlockKind.HEADING || !linksAllowed && b.linkDensity() > 0 || b.wordCount() < 4) return false;
        String t = b.text().text();
        char last = t.charAt(t.length() - 1);
        return (last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '»')
                && Character.isUpperCase(t.codePointAt(0)) | Character.isDigit(t.charAt(0)) | !Character.isLetter(t.charAt(0));
    }

    /** Lower case, single spaces: how titles are compared. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
