package org.dossier.annotate.rules;

import java.util.List;
import java.util.Locale;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.dossier.text.Span;

/**
 * Finds who speaks in the frame around a quote, and what a pronoun speaker refers to.
 *
 * <p>Frames recognized, after the quote: {@code ", NAME/he/a spokeswoman VERB"} and
 * {@code ", VERB NAME"}; before it: {@code "NAME ... VERB ... <quote>"} where the verb is any verb
 * of saying (said, told, hailed ... as, described ... as, urged, adding that ...) and the speaker is
 * the nearest name or pronoun before that verb. A pronoun resolves to the subject of the nearest
 * earlier sentence that has a person as subject, following chains of pronoun subjects back.
 */
final class SpeakerFinder {
    private static final int MAX_NOUN_PHRASE = 8;
    private static final int PRONOUN_LOOKBACK = 5;
    private final Discourse d;

    SpeakerFinder(Discourse d) {
        this.d = d;
    }

    /** {@code "...," Coale said} or {@code "...," said Coale}. */
    Speaker after(TaggedSentence s, int quoteEnd) {
        List<Token> seq = d.frameAfter(s, quoteEnd);
        int i = 0;
        while (i < seq.size() && SpeechWords.isPunctuation(seq.get(i)) && !seq.get(i).word().equals(".")) i++;
        if (i >= seq.size()) return null;
        if (SpeechWords.isSpeechVerb(seq.get(i))) {
            Phrase np = nounPhrase(seq, i + 1);
            return np == null ? null : np.speaker(seq.get(i).word());
        }
        Phrase np = nounPhrase(seq, i);
        if (np == null) return null;
        int v = np.next;
        while (v < seq.size() && (seq.get(v).pos().startsWith("RB") || seq.get(v).pos().equals("MD"))) v++;
        if (v < seq.size() && SpeechWords.isSpeechVerb(seq.get(v))) return np.speaker(seq.get(v).word());
        return null;
    }

    /** {@code Coale hailed the release as a "..."}: the subject of the first verb of saying before the quote. */
    Speaker before(TaggedSentence s, int quoteStart) {
        List<Token> frame = d.frameBefore(s, quoteStart);
        for (int k = 0; k < frame.size(); k++) {
            if (!SpeechWords.isSpeechVerb(frame.get(k)) || d.mentionAt(frame.get(k)) != null) continue;
            Speaker subject = subjectBefore(frame, k, true);
            if (subject != null) return subject.withCue(frame.get(k).word());
        }
        return null;
    }

    /** The person a pronoun in sentence {@code sentenceIndex} refers to, or {@code null}. */
    Speaker resolvePronoun(int sentenceIndex) {
        for (int idx = sentenceIndex - 1; idx >= 0 && idx >= sentenceIndex - PRONOUN_LOOKBACK; idx--) {
            List<Token> frame = d.frame(d.sentence(idx));
            int verb = firstVerb(frame);
            if (verb < 0) continue;
            Speaker subject = subjectBefore(frame, verb, false);
            if (subject != null && !subject.pronoun()) return subject;
        }
        return null;
    }

    /**
     * "the minister" after "Minister Eva Holm" was named: a definite title as speaker refers to the
     * nearest earlier person the article introduced with that title. Other speakers pass unchanged.
     */
    Speaker resolveTitle(Speaker s) {
        String[] words = s.name().split(" ");
        if (s.pronoun() || words.length < 2 || words.length > 3 || !words[0].equalsIgnoreCase("the")) return s;
        String title = words[words.length - 1].toLowerCase(Locale.ROOT);
        String text = d.text.text();
        for (int k = d.mentions.size() - 1; k >= 0; k--) {
            EntityMention m = d.mentions.get(k);
            if (m.type() != EntityType.PERSON || m.span().start() >= s.span().start()) continue;
            String before = text.substring(Math.max(0, m.span().start() - title.length() - 1), m.span().start());
            if (before.strip().toLowerCase(Locale.ROOT).endsWith(title)) {
                return new Speaker(m.text(), m.span(), s.cue(), false);
            }
        }
        return s;
    }

    private int firstVerb(List<Token> frame) {
        for (int k = 0; k < frame.size(); k++) {
            if (frame.get(k).isVerb() && d.mentionAt(frame.get(k)) == null) return k;
        }
        return -1;
    }

    /** The nearest speaker-like phrase before {@code frame[k]}: a name, a pronoun, or a source noun phrase. */
    private Speaker subjectBefore(List<Token> frame, int k, boolean allowNominal) {
        for (int j = k - 1; j >= 0; j--) {
            Token t = frame.get(j);
            EntityMention m = d.speakerMentionAt(t);
            if (m != null && (m.type() == EntityType.PERSON || allowNominal)) {
                return new Speaker(m.text(), m.span(), null, false);
            }
            if (SpeechWords.isSubjectPronoun(t)) return new Speaker(t.word(), t.span(), null, true);
        }
        if (!allowNominal) return null;
        int from = k;
        while (from > 0 && k - from < MAX_NOUN_PHRASE && !frame.get(from - 1).isVerb()
                && !SpeechWords.isPunctuation(frame.get(from - 1))) from--;
        List<Token> np = frame.subList(from, k);
        return np.stream().anyMatch(SpeechWords::isSourceHead) ? nominal(np) : null;
    }

    /** A name, pronoun or source noun phrase starting at {@code seq[i]}. */
    private Phrase nounPhrase(List<Token> seq, int i) {
        if (i >= seq.size()) return null;
        Token t = seq.get(i);
        EntityMention m = d.speakerMentionAt(t);
        if (m != null) {
            int next = i;
            while (next < seq.size() && m.span().contains(seq.get(next).span())) next++;
            return new Phrase(new Speaker(m.text(), m.span(), null, false), next);
        }
        if (SpeechWords.isSubjectPronoun(t)) return new Phrase(new Speaker(t.word(), t.span(), null, true), i + 1);
        int end = i;
        while (end < seq.size() && end - i < MAX_NOUN_PHRASE && !seq.get(end).isVerb()
                && !SpeechWords.isPunctuation(seq.get(end))) end++;
        List<Token> np = seq.subList(i, end);
        if (np.isEmpty()) return null;
        // "union head Dara Quinn said": a title before the name; the name is the speaker
        for (Token n : np) {
            EntityMention named = d.speakerMentionAt(n);
            if (named != null && named.type() == EntityType.PERSON) {
                return new Phrase(new Speaker(named.text(), named.span(), null, false), end);
            }
        }
        boolean definiteTitle = np.size() <= 3 && np.get(0).word().equalsIgnoreCase("the")
                && np.get(np.size() - 1).pos().equals("NN");   // "the judge said"
        if (!definiteTitle && np.stream().noneMatch(SpeechWords::isSourceHead)) return null;
        // "said the chairman of the committee, Labour MP Jo Smith": the name in apposition wins
        if (end < seq.size() && seq.get(end).word().equals(",")) {
            for (int k = end + 1; k < seq.size() && k <= end + 4; k++) {
                EntityMention named = d.speakerMentionAt(seq.get(k));
                if (named != null && named.type() == EntityType.PERSON) {
                    return new Phrase(new Speaker(named.text(), named.span(), null, false), k + 1);
                }
            }
        }
        return new Phrase(nominal(np), end);
    }

    private Speaker nominal(List<Token> np) {
        int end = np.size();
        while (end > 1 && np.get(end - 1).pos().startsWith("RB")) end--;   // "the newspaper also said"
        np = np.subList(0, end);
        return new Speaker(d.cover(np), new Span(np.get(0).start(), np.get(np.size() - 1).end()), null, false);
    }

    private record Phrase(Speaker speaker, int next) {
        Speaker speaker(String cue) {
            return speaker.withCue(cue);
        }
    }
}
