package org.dossier.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Attribution;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.annotate.rules.Token;
import org.dossier.event.DateValue;
import org.dossier.event.Actions;
import org.dossier.event.Words;
import org.dossier.time.TimeMention;
import org.dossier.time.TimexType;

/**
 * Turns an article's quantity mentions into {@link Claim}s about its event. A quantity in a
 * sentence dated well away from the event (background: "in 2013 a smaller slide ...") is not a
 * claim about the event and is left out. The slot is the counted noun's head plus the governing
 * action: the nearest action word of the sentence, with inflections and a few everyday synonyms
 * of news actions brought together ("killed", "died", "dead" and "death toll" are one action).
 */
public final class ClaimExtractor {
    /** Characters between a figure and the action word that governs it, at most. */
    private static final int ACTION_REACH = 60;
    /** Days a sentence's own date may lie from the event's before its numbers are background. */
    private static final int BACKGROUND_DAYS = 10;

    /** The counted thing of a headline figure that does not say what it counts ("DOZENS DEAD"). */
    static final String UNSTATED = "?";

    private ClaimExtractor() {}

    public static List<Claim> extract(AnnotatedArticle a, List<TimeMention> times, DateValue eventDate) {
        TaggedText tagged = LightTagger.tag(a.article().text());
        List<Claim> out = new ArrayList<>();
        TaggedSentence headline = tagged.sentences().isEmpty() ? null : tagged.sentences().get(0);
        List<QuantityMention> quantities = new ArrayList<>(a.quantities());
        quantities.addAll(BareNumbers.find(tagged, a.quantities()));
        for (QuantityMention q : quantities) {
            TaggedSentence s = tagged.sentenceAt(q.span().start());
            boolean vagueHeadline = s == headline && q.approximation() == org.dossier.annotate.Approximation.VAGUE;
            boolean bare = q.counted() == null && q.unit() == null;
            if (bare && !vagueHeadline && !q.text().matches("\\d[\\d,.]*|\\p{L}+")) continue;
            if (s == null || isBackground(s, times, eventDate)) continue;
            String slot = slot(q, s);
            if (bare && slot.endsWith("|")) continue;
            LocalDate reported = a.article().publishedInferred() ? null : a.article().published();
            out.add(new Claim(a.article().id(), q, slot, s == headline, reported, accordingTo(a, s)));
        }
        return out;
    }

    static boolean isBackground(TaggedSentence s, List<TimeMention> times, DateValue eventDate) {
        if (eventDate == null) return false;
        for (TimeMention t : times) {
            if (t.type() != TimexType.DATE || t.span().start() < s.span().start() || t.span().end() > s.span().end()) continue;
            DateValue d = DateValue.parse(t.value());
            if (d != null && d.isMonthOrFiner() && !d.compatible(eventDate, BACKGROUND_DAYS)) return true;
        }
        return false;
    }

    /** The slot of a quantity: what it counts (or its unit) and the action nearest to it. */
    static String slot(QuantityMention q, TaggedSentence s) {
        String what = q.counted() != null ? head(q.counted()) : q.unit() != null ? q.unit() : UNSTATED;
        if (q.counted() != null && q.unit() != null) what = q.unit() + " " + what;
        String action = null;
        int best = Integer.MAX_VALUE;
        for (Token t : s.tokens()) {
            if (t.span().start() >= q.span().start() && t.span().end() <= q.span().end()) {
                String g = group(t.word());
                if (g != null && q.counted() != null && q.counted().contains(t.word().toLowerCase(Locale.ROOT))) {
                    action = g;
                    best = 0;
                }
                continue;
            }
            String g = group(t.word());
            if (g == null) continue;
            int d = Math.min(Math.abs(t.span().start() - q.span().end()), Math.abs(q.span().start() - t.span().end()));
            if (d < best && d <= ACTION_REACH) {
                best = d;
                action = g;
            }
        }
        return what + "|" + (action == null ? "" : action);
    }

    /** The action group of a word ("killed" is "death"), or null. */
    static String group(String word) {
        return Actions.group(word);
    }

    private static String head(String counted) {
        int sp = counted.lastIndexOf(' ');
        return Words.stem(sp < 0 ? counted : counted.substring(sp + 1));
    }

    private static String accordingTo(AnnotatedArticle a, TaggedSentence s) {
        for (Attribution at : a.attributions()) {
            if (at.statement().overlaps(s.span())) return at.source();
        }
        return null;
    }
}
