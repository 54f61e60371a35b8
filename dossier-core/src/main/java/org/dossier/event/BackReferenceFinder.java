package org.dossier.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Approximation;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.time.TimeMention;
import org.dossier.time.TimexType;

/**
 * Finds sentences that restate another event's defining number outside their own lead, beside a
 * name of that event: the explicit back-references that link events into a storyline and can date an event none of whose
 * own articles is dated.
 */
public final class BackReferenceFinder {
    private BackReferenceFinder() {}

    public static List<BackReference> find(List<EventDraft> events, Map<String, ArticleProfile> profiles,
            Map<String, AnnotatedArticle> articles, Map<String, List<TimeMention>> times) {
        List<BackReference> out = new ArrayList<>();
        for (EventDraft from : events) {
            for (String id : from.articles()) {
                AnnotatedArticle a = articles.get(id);
                ArticleProfile own = profiles.get(id);
                TaggedText tagged = null;
                for (QuantityMention q : a.quantities()) {
                    if (q.approximation() != Approximation.EXACT || q.value() < 2 || own.leadNumbers().contains(q)) continue;
                    for (EventDraft to : events) {
                        if (to == from || !states(to, profiles, q)) continue;
                        if (tagged == null) tagged = LightTagger.tag(a.article().text());
                        TaggedSentence s = tagged.sentenceAt(q.span().start());
                        if (s == null || !namesOf(to, profiles, a, s)) continue;
                        TimeMention when = dateIn(times.get(id), s);
                        out.add(new BackReference(from.id(), to.id(), id, s.span(),
                                when == null ? null : DateValue.parse(when.value()), when == null ? null : when.text()));
                    }
                }
            }
        }
        return out;
    }

    /** Whether one of the event's articles states the same exact number in its lead. */
    private static boolean states(EventDraft event, Map<String, ArticleProfile> profiles, QuantityMention q) {
        for (String id : event.articles()) {
            for (QuantityMention l : profiles.get(id).leadNumbers()) {
                if (l.approximation() == Approximation.EXACT && l.value() == q.value() && PairScorer.sameCounted(l, q)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence names something of the event it restates a number of: "the landslide
     * in the village that killed six" points back, a bare "six people" in another story does not.
     */
    private static boolean namesOf(EventDraft event, Map<String, ArticleProfile> profiles, AnnotatedArticle a,
            TaggedSentence s) {
        for (EntityMention e : a.entities()) {
            if (e.span().start() < s.span().start() || e.span().end() > s.span().end()) continue;
            for (String key : Profiler.nameKeys(e.text())) {
                for (String id : event.articles()) if (profiles.get(id).names().contains(key)) return true;
            }
        }
        return false;
    }

    private static TimeMention dateIn(List<TimeMention> times, TaggedSentence s) {
        for (TimeMention t : times) {
            if (t.type() != TimexType.DATE || t.span().start() < s.span().start() || t.span().end() > s.span().end()) continue;
            DateValue d = DateValue.parse(t.value());
            if (d != null && d.isMonthOrFiner()) return t;
        }
        return null;
    }
}
