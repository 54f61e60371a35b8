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
    private static final Set<String> BACKWARD_SIGNALS = Set.of("since", "until", "till", "by", "before", "after");

    private Profiler() {}

    public static ArticleProfile profile(AnnotatedArticle a, List<TimeMention> times) {
        String text = a.article().text();
        TaggedText tagged = LightTagger.tag(text);
        Lead lead = Lead.of(a.article(), tagged);
        TaggedSentence headline = lead.sentences().isEmpty() ? null : lead.sentences().get(0);
        Set<String> properNames = new HashSet<>();
        for (EntityMention e : a.entities()) {
            for (String w : e.text().toLowerCase(Locale.ROOT).split("\\W+")) properNames.add(w);
        }
        Map<String, Integer> leadTerms = new HashMap<>();
        Map<String, Integer> bodyTerms = new HashMap<>();
        Set<String> actions = new HashSet<>();
        for (TaggedSentence s : lead.sentences()) {
            for (Token t : s.tokens()) {
                if (!Character.isLetter(t.word().charAt(0))) continue;
                String lower = t.word().toLowerCase(Locale.ROOT);
                if (Words.isStop(lower)) continue;
                String group = Actions.group(lower);
                String term = group != null ? group : Words.stem(lower);
                bodyTerms.merge(term, 1, Integer::sum);
                boolean common = !t.isCapitalized() || shouting(t.word()) || s == headline && !properNames.contains(lower);
                if (lead.contains(t.span()) && common) {
                    leadTerms.merge(term, 1, Integer::sum);
                    if (group != null || t.isVerb() && !t.isCapitalized()) actions.add(term);
                }
            }
        }
        Set<String> names = new HashSet<>();
        Set<String> leadNames = new HashSet<>();
        for (EntityMention e : a.entities()) {
            for (String key : nameKeys(e.text())) {
                names.add(key);
                if (lead.contains(e.span())) leadNames.add(key);
            }
        }
        List<QuantityMention> numbers = new ArrayList<>();
        for (QuantityMention q : a.quantities()) if (lead.contains(q.span())) numbers.add(q);
        LocalDate published = a.article().published();
        DateValue main = null;
        String basis = null;
        boolean mainPossessive = false;
        for (TimeMention t : times) {
            if (!lead.contains(t.span()) || t.type() != TimexType.DATE) continue;
            if (t.signal() != null && BACKWARD_SIGNALS.contains(t.signal())) continue;
            DateValue d = DateValue.parse(t.value());
            if (d == null || !d.isMonthOrFiner()) continue;
            if (published != null && d.start().isAfter(published)) continue;
            if (published != null && d.isDay() && d.start().equals(published) && t.anchor() == null) continue;
            boolean possessive = text.startsWith("'s", t.span().end()) || text.startsWith("’s", t.span().end());
            if (possessive && main != null) continue;
            if (main == null || d.isDay() && !main.isDay() || mainPossessive && !possessive) {
                mainPossessive = possessive;
                main = d;
                basis = "\"" + t.text() + "\" in the lead";
            }
        }
        if (main == null && published != null) {
            main = DateValue.day(published);
            basis = "publication date";
        }
        List<QuantityMention> figures = new ArrayList<>();
        for (QuantityMention q : a.quantities()) {
            if (q.approximation() == Approximation.EXACT && !refersBack(text, q)
                    && (lead.contains(q.span()) || !background(tagged, times, q, main))) {
                figures.add(q);
            }
        }
        return new ArticleProfile(a.article().id(), published, leadTerms, bodyTerms, names, leadNames, actions,
                numbers, figures, main, basis);
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

    /** The keys a name is known by: the whole name and its last word ("john smith", "smith"). */
    static Set<String> nameKeys(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N} ]", " ").trim();
        Set<String> keys = new HashSet<>();
        if (n.length() < 3) return keys;
        keys.add(n);
        int sp = n.lastIndexOf(' ');
        if (sp > 0 && n.length() - sp > 3) keys.add(n.substring(sp + 1));
        return keys;
    }

    /** The headline and the first substantial sentences of an article's text. */
    record Lead(List<TaggedSentence> sentences, List<Span> spans) {
        static Lead of(org.dossier.model.Article article, TaggedText tagged) {
            List<Span> spans = new ArrayList<>();
            int body = 0;
            boolean headline = false;
            for (TaggedSentence s : tagged.sentences()) {
                if (!headline) {
                    spans.add(s.span());
                    headline = true;
                    continue;
                }
                if (s.tokens().size() < MIN_LEAD_TOKENS || body >= LEAD_SENTENCES) continue;
                spans.add(s.span());
                body++;
            }
            return new Lead(tagged.sentences(), spans);
        }

        boolean contains(Span span) {
            for (Span s : spans) if (s.start() <= span.start() && span.end() <= s.end()) return true;
            return false;
        }
    }
}
