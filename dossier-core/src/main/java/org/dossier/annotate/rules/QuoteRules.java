package org.dossier.annotate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.QuoteKind;
import org.dossier.annotate.QuoteMention;
import org.dossier.text.Span;

/**
 * Direct and partial quotes with their speakers. Only speech is kept: a quoted stretch becomes a
 * quote when a verb of saying ties it to a speaker, or when it stands as a whole utterance in a
 * paragraph whose earlier quote already has a speaker (the speaker carries over). Scare quotes
 * (one word), epithets ("dubbed '...'"), and quoted titles (title-case names of programmes, books,
 * bodies) are never speech.
 *
 * <pre>{@code
 * List<QuoteMention> quotes = QuoteRules.find(taggedText, entityMentions);
 * }</pre>
 */
public final class QuoteRules {
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "to", "a", "an",
            "at", "by", "with", "from", "or", "de", "la", "vs", "vs.");
    private static final int MIN_UNATTRIBUTED_WORDS = 4;
    private static final int MAX_TITLE_WORDS = 10;

    private QuoteRules() {}

    public static List<QuoteMention> find(TaggedText text, List<EntityMention> mentions) {
        List<Span> marks = QuoteMarks.find(text.text());
        Discourse d = new Discourse(text, marks, mentions);
        SpeakerFinder finder = new SpeakerFinder(d);
        List<QuoteMention> out = new ArrayList<>();
        QuoteMention previous = null;
        int previousParagraph = -1;
        boolean previousOpenEnded = false;
        for (Span q : marks) {
            TaggedSentence open = text.sentenceAt(q.start());
            TaggedSentence close = text.sentenceAt(Math.max(q.start(), q.end() - 1));
            if (open == null || close == null) continue;
            boolean openEnded = QuoteMarks.isOpenEnded(text.text(), q);
            String content = text.text().substring(q.start() + 1, openEnded ? q.end() : q.end() - 1).strip()
                    .replaceAll("\\s+", " ");
            List<Token> before = significant(d.frameBefore(open, q.start()));
            if (words(content) < 2 || isEpithet(before) || isTitle(content)) continue;
            boolean colon = !before.isEmpty() && before.get(before.size() - 1).word().equals(":");
            boolean startsSentence = before.isEmpty() || endsSentence(before.get(before.size() - 1));
            boolean standalone = startsSentence || colon;
            Speaker speaker = finder.after(close, q.end());
            // a quote opening a new sentence (the splitter may have missed the boundary) is not
            // governed by the verbs of the sentence before it
            if (speaker == null && !startsSentence) speaker = finder.before(open, q.start());
            if (speaker == null && standalone) speaker = colonIntroduction(d, finder, open);
            if (speaker == null && standalone && previous != null && previous.speaker() != null
                    && (previousParagraph == open.paragraph()
                    || previousOpenEnded && previousParagraph == open.paragraph() - 1)) {
                speaker = new Speaker(previous.speaker(), previous.speakerSpan(), "carry-over", false);
            }
            if (speaker != null && speaker.pronoun()) speaker = resolve(finder, open, speaker, previous);
            if (speaker != null) speaker = finder.resolveTitle(speaker);
            if (speaker == null && !(standalone && words(content) >= MIN_UNATTRIBUTED_WORDS)) continue;
            QuoteMention quote = new QuoteMention(q, content, standalone ? QuoteKind.DIRECT : QuoteKind.PARTIAL,
                    speaker == null ? null : speaker.name(), speaker == null ? null : speaker.span(),
                    speaker == null ? null : speaker.cue());
            out.add(quote);
            previous = quote;
            previousParagraph = close.paragraph();
            previousOpenEnded = openEnded;
        }
        return out;
    }

    /** {@code She said: <paragraph break> "..."}: the previous sentence ends with a colon. */
    private static Speaker colonIntroduction(Discourse d, SpeakerFinder finder, TaggedSentence open) {
        TaggedSentence prev = d.sentence(open.index() - 1);
        if (prev == null || prev.tokens().isEmpty()) return null;
        Token last = prev.tokens().get(prev.tokens().size() - 1);
        return last.word().equals(":") ? finder.before(prev, last.end()) : null;
    }

    private static Speaker resolve(SpeakerFinder finder, TaggedSentence open, Speaker pronoun, QuoteMention previous) {
        Speaker resolved = finder.resolvePronoun(open.index());
        if (resolved == null && previous != null && previous.speaker() != null) {
            resolved = new Speaker(previous.speaker(), previous.speakerSpan(), null, false);
        }
        return resolved == null ? null : resolved.withCue(pronoun.cue());
    }

    private static boolean endsSentence(Token t) {
        String w = t.word();
        return w.equals(".") || w.equals("!") || w.equals("?") || w.length() > 1 && w.endsWith(".") && t.pos().startsWith("NNP");
    }

    private static List<Token> significant(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) if (!SpeechWords.isPunctuation(t) || t.word().equals(":")) out.add(t);
        return out;
    }

    /** {@code dubbed "..."}, {@code known as "..."}, {@code the slogan "..."}. */
    private static boolean isEpithet(List<Token> before) {
        if (before.isEmpty()) return false;
        Token last = before.get(before.size() - 1);
        if (SpeechWords.isEpithetCue(last)) return true;
        if (before.size() < 2) return false;
        Token prior = before.get(before.size() - 2);
        String w = last.word().toLowerCase(Locale.ROOT);
        String p = prior.word().toLowerCase(Locale.ROOT);
        return w.equals("as") && (p.equals("known") || p.equals("dubbed") || p.equals("billed"))
                || (w.equals("a") || w.equals("the")) && SpeechWords.isEpithetCue(prior);
    }

    /** A short stretch where every word is capitalized or a function word: a name or title, not speech. */
    static boolean isTitle(String content) {
        String[] words = content.replaceAll("[\\p{Punct}’”“]+$", "").split("\\s+");
        if (words.length > MAX_TITLE_WORDS) return false;
        boolean anyCap = false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) anyCap = true;
            else if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return anyCap;
    }

    private static int words(String content) {
        return content.isBlank() ? 0 : content.split("\\s+").length;
    }
}
