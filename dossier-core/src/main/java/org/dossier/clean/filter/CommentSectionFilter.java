package org.dossier.clean.filter;

import java.util.List;
import java.util.regex.Pattern;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.parse.Block;

/**
 * Cuts the tail of a page that follows the article: a comment section ("Leave a Reply", "12
 * Comments", "Your email address will not be published") or a rail of other stories ("Latest from
 * Blog", "More from ...", "You may also like", "Most read"). Such a heading ends the article, so
 * it goes with everything after it.
 *
 * <p>The cut is only made in the second part of the document (past a third of its text), so a
 * heading of that shape near the top (a table of contents, a teaser) cannot take the body with
 * it; there only the heading itself goes.
 */
public final class CommentSectionFilter implements BlockFilter {
    private static final Pattern TAIL_HEADING = Pattern.compile(
            "^[\\[(*_#\\s]*(?:leave\\s+a\\s+(?:reply|comment)|post\\s+a\\s+comment|add\\s+(?:a\\s+)?comment|\\d+\\s+comments?"
                    + "|comments?(?:\\s+\\(\\d+\\))?|show\\s+comments|view\\s+comments|join\\s+the\\s+(?:conversation|discussion)"
                    + "|(?:latest|more)\\s+from\\s+.{1,40}|you\\s+(?:may|might)\\s+also\\s+like|recommended\\s+for\\s+you"
                    + "|related\\s+(?:posts|articles|stories)|more\\s+stories|most\\s+(?:read|popular|viewed)|trending(?:\\s+now)?"
                    + "|what\\s+to\\s+read\\s+next)[\\])*_:.\\s]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_FORM = Pattern.compile(
            "your\\s+email\\s+address\\s+will\\s+not\\s+be\\s+published|required\\s+fields\\s+are\\s+marked"
                    + "|you\\s+must\\s+be\\s+logged\\s+in\\s+to\\s+post|save\\s+my\\s+name,?\\s+email",
            Pattern.CASE_INSENSITIVE);
    static final int MAX_HEADING_WORDS = 8;

    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        int total = 0;
        for (Block b : blocks) total += b.text().length();
        int seen = 0;
        List<Block> kept = new java.util.ArrayList<>(blocks.size());
        for (Block b : blocks) {
            String text = BlockText.of(b);
            boolean form = BlockText.words(text) <= 40 && COMMENT_FORM.matcher(text).find();
            boolean heading = BlockText.words(text) <= MAX_HEADING_WORDS && TAIL_HEADING.matcher(text).matches();
            if ((form || heading) && seen * 3 >= total) return kept;
            if (!form && !heading) kept.add(b);
            seen += b.text().length();
        }
        return kept;
    }
}
