package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;

/**
 * Drops photo credits ("Photo by ...", "[Photo Credit: ...]", "Image: Agency", "(AP Photo/...)"),
 * captions the parser marked as such, a short caption that ends with its credit, and the caption
 * just before a credit line.
 *
 * <p>A credit line sits under its caption, so the block before a credit is taken for a caption
 * when it reads like one: a single short sentence that describes a picture (see
 * {@link CaptionShape}). A body paragraph before a credit without a caption stays.
 */
public final class PhotoCreditFilter implements BlockFilter {
    private static final Pattern CREDIT = Pattern.compile(
            "^[\\[(*_]*(?:file\\s+)?(?:photo|photograph|image|picture|illustration|graphic)s?"
                    + "\\s*(?:credits?)?\\s*(?:by\\b|:|/|\\||\u2013|\u2014)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_WORDS = Pattern.compile(
            "^[\\[(]?(?:credit|courtesy|source)\\s*:|\\b(?:getty images|ap photo|afp photo|reuters/|shutterstock|"
                    + "alamy|epa-efe|wikimedia commons|cc by(?:-sa)?\\s*\\d)",
            Pattern.CASE_INSENSITIVE);

    /** A caption that carries its own credit at the end: "Crowds at the pier on Friday. Photo: Jane Roe". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "[.!?]\\s+[\\[(]?(?:photo|photograph|image|picture)s?\\s*(?:credits?)?\\s*(?:by\\b|:)\\s*[^.!?]{1,60}[\\])]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            String text = BlockText.of(b);
            if (b.kind() == BlockKind.CAPTION) continue;
            if (BlockText.words(text) <= 40 && TRAILING_CREDIT.matcher(text).find()) continue;
            if (isCredit(text)) {
                if (!kept.isEmpty() && CaptionShape.looksLikeCaption(BlockText.of(kept.get(kept.size() - 1)))) {
                    kept.remove(kept.size() - 1);
                }
                continue;
            }
            kept.add(b);
        }
        return kept;
    }

    static boolean isCredit(String text) {
        int words = BlockText.words(text);
        if (words > 40) return false;
        if (CREDIT.matcher(text).find()) return true;
        return words <= 25 && CREDIT_WORDS.matcher(text).find();
    }
}
