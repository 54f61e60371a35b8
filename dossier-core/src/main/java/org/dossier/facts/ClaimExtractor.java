package org.dossier.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Attribution;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.annotate.rules.Token;
import org.dossier.event.DateValue;
import org.dossier.model.Article;
import org.dossier.text.Span;
import org.dossier.time.TimeMention;
import org.dossier.time.TimexType;

/**
 * Turns an article's figures into {@link Claim}s about its event, each with its {@link Slot}.
 * Left out: figures in sentences dated well away from the event (background: "in 2013 a smaller
 * slide ..."), running totals over a period ({@link Cumulative}), the earlier value of a change ("fell to 36.9 percent, from 41 percent in the first
 * round"), and bare numbers whose clause says neither what they count nor what happened. A bare
 * figure that refers back ("the company put the number at 2,600") takes the slot of the claim
 * before it (the last count, not a duration or an amount). The headline's claims come from
 * {@link HeadlineClaims}.
 */
public final class ClaimExtractor {
    /** Days a sentence's own date may lie from the event's before its numbers are background. */
    private static final int BACKGROUND_DAYS = 10;

    private ClaimExtractor() {}

    /**
     * The claims of one article of an event dated {@code eventDate}; {@code surnames} are the last
     * words of the people the event's articles name (see {@link #surnames}).
     */
    public static List<Claim> extract(AnnotatedArticle a, List<TimeMention> times, DateValue eventDate, Set<String> surnames) {
        Article article = a.article();
        TaggedText tagged = LightTagger.tag(article.text());
        // an inferred date is the event's first day, not the day of this report: it cannot order updates
        LocalDate reported = article.publishedInferred() ? null : article.published();
        int bodyStart = HeadlineClaims.bodyStart(article);
        List<Claim> out = new ArrayList<>();
        Slot previous = null;
        for (QuantityMention q : Figures.find(tagged, a.quantities())) {
            if (q.span().start() < bodyStart) continue;
            TaggedSentence s = tagged.sentenceAt(q.span().start());
            if (s == null || isBackground(clause(s.tokens(), q), times, eventDate) || earlierValue(s.tokens(), q)
                    || overPeriod(s.tokens(), q)) {
                continue;
            }
            Slot slot = SlotReader.read(s.tokens(), q, surnames);
            if (slot.what().equals(SlotReader.EARLIER)) {
                if (previous == null) continue;
                slot = previous;
            }
            int first = firstToken(s.tokens(), q);
            if (first >= 0 && BareNumbers.partOfGroup(s.tokens(), first)) {
                if (previous == null) continue;
                slot = new Slot(previous.what(), Slot.PART + partDescription(s.tokens(), first + 3, slot), previous.holder());
            }
            boolean bare = q.counted() == null && q.unit() == null;
            if (bare && !slot.counts() && !slot.hasAction()) continue;
            out.add(new Claim(article.id(), q, slot, false, null, reported, accordingTo(a, s), revised(s.tokens(), q)));
            if (slot.counts() && q.unit() == null && !CountedNouns.isTime(slot.what())) previous = slot;
        }
        out.addAll(HeadlineClaims.claims(article, surnames, reported));
        return out;
    }

    static boolean isBackground(TaggedSentence s, List<TimeMention> times, DateValue eventDate) {
        return isBackground(s.span(), times, eventDate);
    }

    /**
     * Whether a stretch of text is dated well away from the event. Figures are tested on their own
     * clause: "approved 20 million euros for the parish, where a landslide on 18 November killed
     * eight" is today's decision, whatever date the relative clause carries.
     */
    static boolean isBackground(Span stretch, List<TimeMention> times, DateValue eventDate) {
        if (eventDate == null) return false;
        for (TimeMention t : times) {
            if (t.type() != TimexType.DATE || !stretch.contains(t.span())) continue;
            DateValue d = DateValue.parse(t.value());
            if (d != null && d.isMonthOrFiner() && !d.compatible(eventDate, BACKGROUND_DAYS)) return true;
        }
        return false;
    }

    /** The action group of a word ("killed" is "death"), or null. */
    static String group(String word) {
        return ActionWords.group(word);
    }

    /** "rose to 31 from 23": the figure after "from", once the clause has given the new one. */
    private static boolean earlierValue(List<Token> tokens, QuantityMention q) {
        int first = firstToken(tokens, q);
        while (first > 0 && SlotReader.HEDGES.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))) first--;
        if (first < 1 || !tokens.get(first - 1).word().equalsIgnoreCase("from")) return false;
        for (int k = 0; k + 1 < first - 1; k++) {
            if (tokens.get(k).word().equalsIgnoreCase("to") && tokens.get(k + 1).pos().equals("CD")) return true;
        }
        return false;
    }

    /** The text of the clause holding the figure. */
    private static Span clause(List<Token> tokens, QuantityMention q) {
        int first = Math.max(0, firstToken(tokens, q));
        int[] c = Clauses.around(tokens, first);
        return new Span(tokens.get(c[0]).start(), tokens.get(c[1]).end());
    }

    private static boolean overPeriod(List<Token> tokens, QuantityMention q) {
        int first = firstToken(tokens, q);
        if (first < 0) return false;
        int[] clause = Clauses.around(tokens, first);
        return Cumulative.within(tokens, clause[0], clause[1]);
    }

    private static boolean revised(List<Token> tokens, QuantityMention q) {
        int first = firstToken(tokens, q);
        if (first < 0) return false;
        int[] clause = Clauses.around(tokens, first);
        return RevisionCues.within(tokens, clause[0], clause[1]);
    }

    /**
     * What sets a part apart from its group: the words after "of them" up to the clause's end
     * ("with serious burns", "critically"), else the part's own action ("two of whom died").
     */
    private static String partDescription(List<Token> tokens, int from, Slot own) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < tokens.size() && Character.isLetter(tokens.get(k).word().charAt(0)); k++) {
            if (out.length() > 0) out.append(' ');
            out.append(tokens.get(k).word().toLowerCase(Locale.ROOT));
        }
        return out.length() > 0 ? out.toString() : own.action();
    }

    private static int firstToken(List<Token> tokens, QuantityMention q) {
        for (int k = 0; k < tokens.size(); k++) if (tokens.get(k).end() > q.span().start()) return k;
        return -1;
    }

    /**
     * The last words of the people the article names: "albers" for Katrin Albers. Besides the
     * mentions typed as persons, a name of several words whose last word the article also uses
     * alone is taken for a person's: news calls people by their surname, not organizations by
     * their last word.
     */
    public static Set<String> surnames(AnnotatedArticle a) {
        Set<String> alone = new HashSet<>();
        for (EntityMention m : a.entities()) if (m.text().strip().indexOf(' ') < 0) alone.add(m.text().strip().toLowerCase(Locale.ROOT));
        Set<String> out = new HashSet<>();
        for (EntityMention m : a.entities()) {
            String n = m.text().strip();
            String last = n.substring(n.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (m.type() == EntityType.PERSON || n.indexOf(' ') > 0 && alone.contains(last)) out.add(last);
        }
        return out;
    }

    private static String accordingTo(AnnotatedArticle a, TaggedSentence s) {
        for (Attribution at : a.attributions()) {
            if (at.statement().overlaps(s.span())) return at.source();
        }
        return null;
    }
}
