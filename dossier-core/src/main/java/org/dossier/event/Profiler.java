package org.dossier.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.annotate.rules.Token;
import org.dossier.text.Span;
import org.dossier.time.TemporalTagger;
import org.dossier.time.TimeMention;
import org.dossier.time.TimexType;

/**
 * Builds the {@link ArticleProfile} of an annotated article. Why the lead matters most: a news
 * report states its happening in the headline and first sentences, and mentions earlier
 * happenings further down as background; so the lead's names, actions, numbers and date say which
 * event an article reports, and the rest of the text only adds weight.
 */
public final class Profiler {
    /** Body sentences, after the headline, that make up the lead. */
    static final int LEAD_SENTENCES = 2;
    /** Sentences shorter than this (bylines, captions, datelines alone) are not lead sentences. */
    private static final int MIN_LEAD_TOKENS = 8;
    private static final java.util.regex.Pattern REFERS_BACK =
            java.util.regex.Pattern.compile("\\b(?:after|since|following)\\s+(?:the|a|an|its|their|last)\\b[^.;,]*$");
    private static final int REFERENCE_REACH = 60;

    private Profiler() {}

    public static ArticleProfile profile(AnnotatedArticle a, List<TimeMention> times) {
        String text = a.article().text();
        TaggedText tagged = LightTagger.tag(text);
        Headline head = Headline.of(a);
        Lead lead = Lead.of(tagged, head == null);
        Set<String> properNames = new HashSet<>();
        for (EntityMention e : a.entities()) {
            for (String w : e.text().toLowerCase(Locale.ROOT).split("\\W+")) properNames.add(w);
        }
        Terms terms = new Terms(properNames);
        if (head != null) for (TaggedSentence s : head.tagged().sentences()) terms.add(s, true, true);
        for (TaggedSentence s : tagged.sentences()) terms.add(s, lead.isHeadline(s), lead.contains(s.span()));
        Set<String> names = new HashSet<>();
        Set<String> leadNames = new HashSet<>();
        for (EntityMention e : a.entities()) {
            for (String key : nameKeys(e.text())) {
                names.add(key);
                if (lead.contains(e.span())) leadNames.add(key);
            }
        }
        List<QuantityMention> numbers = new ArrayList<>();
        List<QuantityMention> figures = new ArrayList<>();
        if (head != null) {
            leadNames.addAll(head.names());
            numbers.addAll(head.quantities());
            for (QuantityMention q : head.quantities()) {
                if (q.approximation() == Approximation.EXACT && !refersBack(head.text(), q)) figures.add(q);
            }
        }
        for (QuantityMention q : a.quantities()) if (lead.contains(q.span())) numbers.add(q);
        LocalDate published = a.article().published();
        LeadDate stated = leadDate(head, lead, text, times, published);
        DateValue mainDate = stated != null ? stated.value() : published != null ? DateValue.day(published) : null;
        String dateBasis = stated != null ? stated.basis()
                : published != null ? "publication date" : null;
        for (QuantityMention q : a.quantities()) {
            if (q.approximation() == Approximation.EXACT && !refersBack(text, q)
                    && (lead.contains(q.span()) || !background(tagged, times, q, mainDate))) {
                figures.add(q);
            }
        }
        return new ArticleProfile(a.article().id(), published, terms.lead, terms.body, names, leadNames, terms.actions,
                numbers, figures, mainDate, dateBasis, kinds(head, lead, tagged));
    }

    /** Counts the content words of sentences: all in the body terms, the lead's also in the lead terms. */
    private static final class Terms {
        final Map<String, Integer> lead = new HashMap<>();
        final Map<String, Integer> body = new HashMap<>();
        final Set<String> actions = new HashSet<>();
        private final Set<String> properNames;

        Terms(Set<String> properNames) {
            this.properNames = properNames;
        }

        /** A headline capitalizes its common words too: there only the article's names are names. */
        void add(TaggedSentence s, boolean headline, boolean inLead) {
            for (Token t : s.tokens()) {
                if (!Character.isLetter(t.word().charAt(0))) continue;
                String lower = t.word().toLowerCase(Locale.ROOT);
                if (Words.isStop(lower)) continue;
                String group = Actions.group(lower);
                String term = group != null ? group : Words.stem(lower);
                body.merge(term, 1, Integer::sum);
                boolean common = !t.isCapitalized() || shouting(t.word()) || headline && !properNames.contains(lower);
                if (inLead && common) {
                    lead.merge(term, 1, Integer::sum);
                    if (group != null || t.isVerb() && !t.isCapitalized()) actions.add(term);
                }
            }
        }
    }

    /** The date of the happening the headline or lead states, or null when they state none. */
    private static LeadDate leadDate(Headline head, Lead lead, String text, List<TimeMention> times, LocalDate published) {
        LeadDate.Chooser chooser = new LeadDate.Chooser(published);
        if (head != null) for (TimeMention t : head.times()) chooser.offer(t, head.text(), true);
        for (TimeMention t : times) if (lead.contains(t.span())) chooser.offer(t, text, false);
        return chooser.chosen();
    }

    /**
     * The kinds of happening the headline names; when it names none (a quote, a teaser), those the
     * lead's sentences name.
     */
    private static Set<String> kinds(Headline head, Lead lead, TaggedText tagged) {
        Set<String> kinds = HappeningKinds.of(head != null ? head.tagged().tokens() : lead.headlineTokens(tagged));
        if (!kinds.isEmpty()) return kinds;
        List<Token> leadTokens = new ArrayList<>();
        for (TaggedSentence s : tagged.sentences()) if (lead.contains(s.span())) leadTokens.addAll(s.tokens());
        return HappeningKinds.of(leadTokens);
    }

    /**
     * Whether a figure describes an earlier happening named just before it ("five weeks after the
     * flood that killed five people"): such a count belongs to the earlier event.
     */
    private static boolean refersBack(String text, QuantityMention q) {
        String before = text.substring(Math.max(0, q.span().start() - REFERENCE_REACH), q.span().start()).toLowerCase(Locale.ROOT);
        return REFERS_BACK.matcher(before).find();
    }

    /** Whether the figure's sentence carries a date of month precision or finer that is not the lead's. */
    private static boolean background(TaggedText tagged, List<TimeMention> times, QuantityMention q, DateValue main) {
        TaggedSentence s = tagged.sentenceAt(q.span().start());
        if (s == null) return false;
        for (TimeMention t : times) {
            if (t.type() != TimexType.DATE || t.span().start() < s.span().start() || t.span().end() > s.span().end()) continue;
            if (t.value() != null && t.value().matches("(XXXX|\\d{4})-\\d{2}.*") && !t.value().matches("XXXX-XX.*")) {
                DateValue d = DateValue.parse(t.value());
                if (d == null || main == null || !d.compatible(main, PairScorer.REPORTING_LAG_DAYS)) return true;
            }
        }
        return false;
    }

    /** A word in capitals ("DOZENS DEAD"): headline shouting, not a name. */
    private static boolean shouting(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    /** Tags the article's time expressions against its publication date. */
    public static List<TimeMention> times(AnnotatedArticle a) {
        return TemporalTagger.english().tag(a.article().text(), a.article().published());
    }

    /**
     * The keys a name is known by: the whole name and its last word ("john smith", "smith"),
     * without a leading article, and never a stop word alone (a tagger's stray "The").
     */
    static Set<String> nameKeys(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N} ]", " ").trim()
                .replaceFirst("^(?:the|a|an) ", "");
        Set<String> keys = new HashSet<>();
        if (n.length() < 3 || Words.isStop(n)) return keys;
        keys.add(n);
        int sp = n.lastIndexOf(' ');
        if (sp > 0 && n.length() - sp > 3 && !Words.isStop(n.substring(sp + 1))) keys.add(n.substring(sp + 1));
        return keys;
    }

    /**
     * The headline (the text's first sentence, when the text still carries it) and the first
     * substantial sentences of an article's text.
     */
    record Lead(TaggedSentence headline, List<Span> spans) {
        static Lead of(TaggedText tagged, boolean headlineInText) {
            List<Span> spans = new ArrayList<>();
            TaggedSentence headline = null;
            int body = 0;
            boolean opening = true;
            for (TaggedSentence s : tagged.sentences()) {
                if (headlineInText && headline == null) {
                    spans.add(s.span());
                    headline = s;
                    continue;
                }
                if (s.tokens().size() < MIN_LEAD_TOKENS || body >= LEAD_SENTENCES) continue;
                spans.add(s.span());
                // a deck under the headline is read with the lead but leaves it its sentences
                if (!(opening && deck(s))) body++;
                opening = false;
            }
            return new Lead(headline, spans);
        }

        /**
         * Whether the lead's first sentence is a deck: a line without closing punctuation ("Horror
         * on the coast as hillside collapses onto homes"), which sums up rather than opens the report.
         */
        private static boolean deck(TaggedSentence s) {
            String last = s.tokens().get(s.tokens().size() - 1).word();
            return Character.isLetterOrDigit(last.charAt(last.length() - 1));
        }

        /** The headline's words, or the first sentence's when the text has no headline line. */
        List<Token> headlineTokens(TaggedText tagged) {
            if (headline != null) return headline.tokens();
            return tagged.sentences().isEmpty() ? List.of() : tagged.sentences().get(0).tokens();
        }

        boolean isHeadline(TaggedSentence s) {
            return s == headline;
        }

        boolean contains(Span span) {
            for (Span s : spans) if (s.start() <= span.start() && span.end() <= s.end()) return true;
            return false;
        }
    }
}
