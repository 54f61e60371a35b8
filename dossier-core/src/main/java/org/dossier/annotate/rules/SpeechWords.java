package org.dossier.annotate.rules;

import java.util.Locale;
import java.util.Set;

/** Word lists the quote and attribution rules share: verbs of saying, epithet cues, pronouns. */
final class SpeechWords {
    /** Lemmas of verbs that introduce or frame speech. */
    static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "write", "add", "urge", "hail", "describe",
            "characterize", "characterise", "state", "note", "remark", "explain", "argue", "insist", "warn",
            "claim", "announce", "declare", "ask", "reply", "respond", "thank", "praise", "welcome", "caution",
            "stress", "emphasize", "emphasise", "comment", "tweet", "post", "signal", "acknowledge", "admit",
            "continue", "recall", "suggest", "vow", "promise", "pledge", "predict", "complain", "accuse", "deny",
            "confirm", "testify", "conclude", "observe", "indicate", "speak", "report", "tout", "decry",
            "condemn", "criticize", "criticise", "call", "demand", "plead", "assert", "affirm", "mention",
            "quip", "joke", "laud", "reiterate", "concede", "lament", "boast");
    /** Verbs that credit a statement to a source ("..., an official said", "X reported"). */
    static final Set<String> REPORT_VERBS = Set.of("say", "report", "tell", "announce", "confirm", "add", "note",
            "write", "state", "claim", "allege", "estimate", "find", "show");
    /** Words right before a quote that make it a name or label, not speech ("dubbed '...'"). */
    static final Set<String> EPITHET_CUES = Set.of("dubbed", "nicknamed", "called", "named", "titled",
            "entitled", "labelled", "labeled", "branded", "so-called", "termed");
    /** Nouns right before a quote that make it a label ("the slogan '...'"), when tagged as nouns. */
    static final Set<String> LABEL_NOUNS = Set.of("slogan", "term", "phrase", "word", "words", "hashtag",
            "headline", "campaign", "operation", "program", "programme", "book", "film", "song", "album", "show",
            "series", "motto", "nickname", "title");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we");
    /** Heads of noun phrases that can speak or be cited ("a U.S. official", "the ministry"). */
    static final Set<String> SOURCE_HEADS = Set.of("official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "source", "sources", "ministry", "agency", "group", "diplomat", "diplomats",
            "police", "authorities", "statement", "media", "outlet", "newspaper", "minister", "president",
            "leader", "envoy", "embassy", "office", "service", "government", "aide", "adviser", "advisor",
            "analyst", "analysts", "witness", "witnesses", "resident", "residents", "activist", "activists",
            "lawyer", "prosecutor", "prosecutors", "report", "survey", "study", "data", "figures", "organizers",
            "organisers", "monitor", "monitors", "observers", "experts", "expert", "researchers", "channel",
            "broadcaster", "website", "daily", "center", "centre", "council", "committee", "commission", "authority",
            "company", "firm", "court", "army", "military", "department", "institute", "watchdog", "regulator",
            "bureau", "party", "organization", "organisation", "network", "airline", "operator", "utility",
            "hospital", "paper", "television", "radio", "union", "campaigners", "ngo");

    private SpeechWords() {}

    static boolean isSpeechVerb(Token t) {
        return t.isVerb() && SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    static boolean isReportVerb(Token t) {
        return t.isVerb() && REPORT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "dubbed", "so-called", or a label noun such as "slogan": what follows is a name, not speech. */
    static boolean isEpithetCue(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return EPITHET_CUES.contains(w) || t.isNoun() && LABEL_NOUNS.contains(w);
    }

    static boolean isSubjectPronoun(Token t) {
        return SUBJECT_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    static boolean isSourceHead(Token t) {
        return SOURCE_HEADS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    static boolean isPunctuation(Token t) {
        return t.word().chars().noneMatch(Character::isLetterOrDigit);
    }
}
