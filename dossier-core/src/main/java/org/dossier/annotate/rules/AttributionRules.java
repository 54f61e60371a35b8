package org.dossier.annotate.rules;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.Attribution;
import org.dossier.annotate.EntityMention;
import org.dossier.text.Span;

/**
 * Reported speech without quotation marks, recorded as the source of a sentence's statement:
 * <ul>
 *   <li>{@code according to SOURCE}, {@code citing SOURCE}, {@code as confirmed by SOURCE};</li>
 *   <li>a closing frame {@code ..., SOURCE said/reported.} ("a U.S. official said", "the group reported");</li>
 *   <li>an opening frame {@code SOURCE said/reported/announced that ...}.</li>
 * </ul>
 * A source is a name (person or organization) or a noun phrase headed by a source noun
 * ("official", "spokeswoman", "agency"). Frames around quotation marks are the quote rules' job.
 */
public final class AttributionRules {
    private static final int MAX_SOURCE_WORDS = 8;

    private AttributionRules() {}

    public static List<Attribution> find(TaggedText text, List<EntityMention> mentions) {
        Discourse d = new Discourse(text, QuoteMarks.find(text.text()), mentions);
        List<Attribution> out = new ArrayList<>();
        for (TaggedSentence s : text.sentences()) {
            List<Token> frame = d.frame(s);
            if (frame.size() < s.tokens().size() / 2) continue;   // mostly quoted: a quote, not a report
            for (int k = 0; k < frame.size(); k++) {
                Token t = frame.get(k);
                String w = t.word().toLowerCase(java.util.Locale.ROOT);
                boolean introducer = w.equals("according") && k + 1 < frame.size() && frame.get(k + 1).word().equals("to")
                        || w.equals("citing") || w.equals("confirmed") && k + 1 < frame.size()
                        && frame.get(k + 1).word().equals("by");
                if (introducer) {
                    int from = w.equals("citing") ? k + 1 : k + 2;
                    Span source = sourceAfter(d, frame, from);
                    if (source != null) out.add(make(text, s, source, w.equals("according") ? "according to"
                            : w.equals("citing") ? "citing" : "confirmed by"));
                } else if (SpeechWords.isReportVerb(t) && d.mentionAt(t) == null) {
                    Span source = sourceBefore(d, frame, k);
                    boolean closing = k + 1 >= frame.size() || SpeechWords.isPunctuation(frame.get(k + 1));
                    boolean opening = k + 1 < frame.size() && frame.get(k + 1).word().equalsIgnoreCase("that");
                    if (source != null && (closing || opening)) out.add(make(text, s, source, t.word()));
                }
            }
        }
        return out;
    }

    private static Attribution make(TaggedText text, TaggedSentence s, Span source, String cue) {
        return new Attribution(s.span(), text.text().substring(source.start(), source.end()).replaceAll("\\s+", " "),
                source, cue);
    }

    /** A name or source noun phrase starting at {@code frame[from]}. */
    private static Span sourceAfter(Discourse d, List<Token> frame, int from) {
        if (from >= frame.size()) return null;
        EntityMention m = d.mentionAt(frame.get(from));
        int end = from;
        while (end < frame.size() && end - from < MAX_SOURCE_WORDS && !SpeechWords.isPunctuation(frame.get(end))
                && !frame.get(end).isVerb()) end++;
        if (end == from) return null;
        List<Token> np = frame.subList(from, end);
        boolean named = np.stream().anyMatch(t -> d.mentionAt(t) != null);
        if (!named && np.stream().noneMatch(SpeechWords::isSourceHead)) return null;
        if (m != null && m.span().end() >= np.get(np.size() - 1).end()) return m.span();
        return new Span(np.get(0).start(), np.get(np.size() - 1).end());
    }

    /** The name or source noun phrase right before the verb {@code frame[k]}. */
    private static Span sourceBefore(Discourse d, List<Token> frame, int k) {
        int from = k;
        while (from > 0 && k - from < MAX_SOURCE_WORDS && !SpeechWords.isPunctuation(frame.get(from - 1))
                && !frame.get(from - 1).isVerb()) from--;
        if (from == k) return null;
        List<Token> np = frame.subList(from, k);
        boolean named = np.stream().anyMatch(t -> d.speakerMentionAt(t) != null);
        boolean pronoun = np.size() == 1 && SpeechWords.isSubjectPronoun(np.get(0));
        if (pronoun || !named && np.stream().noneMatch(SpeechWords::isSourceHead)) return null;
        return new Span(np.get(0).start(), np.get(np.size() - 1).end());
    }
}
