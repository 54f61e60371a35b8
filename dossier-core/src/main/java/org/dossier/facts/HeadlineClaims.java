package org.dossier.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.text.Span;

/**
 * The claims an article's headline makes. The headline is the article's metadata title: when the
 * cleaned text begins with it the claims cite the text, otherwise they cite the title itself
 * ({@link Citation#TITLE}), so a headline that the cleaner moved out of the body can still be
 * checked against that body ("DOZENS DEAD" over a report of six deaths).
 */
final class HeadlineClaims {
    private HeadlineClaims() {}

    /** Where the body starts: after the title when the text repeats it as its first line, else 0. */
    static int bodyStart(Article a) {
        String title = title(a);
        if (title == null) return 0;
        String text = a.text();
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) lead++;
        return text.startsWith(title, lead) ? lead + title.length() : 0;
    }

    static List<Claim> claims(Article a, Set<String> surnames, LocalDate reported) {
        String title = title(a);
        if (title == null) return List.of();
        int start = bodyStart(a);
        int inText = start > 0 ? start - title.length() : -1;
        TaggedText tagged = LightTagger.tag(title);
        List<Claim> out = new ArrayList<>();
        for (QuantityMention q : Figures.find(tagged, List.of())) {
            TaggedSentence s = tagged.sentenceAt(q.span().start());
            if (s == null) continue;
            Slot slot = SlotReader.read(s.tokens(), q, surnames);
            if (!slot.hasAction() && !slot.counts()) continue;
            QuantityMention cited = q;
            String field = Citation.TITLE;
            if (inText >= 0) {
                Span span = new Span(q.span().start() + inText, q.span().end() + inText);
                cited = new QuantityMention(span, q.text(), q.value(), q.max(), q.approximation(), q.unit(), q.counted());
                field = null;
            }
            out.add(new Claim(a.id(), cited, slot, true, field, reported, null, false));
        }
        return out;
    }

    private static String title(Article a) {
        String t = a.title();
        return t == null || t.isBlank() ? null : t.strip();
    }
}
