package org.dossier.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the tense of the clause around a mention from cue words, without a parser: the verb
 * cue nearest to the mention within its sentence wins ("will meet on Friday" is future, "was freed
 * on Friday" past). This is the cue HeidelTime reads from part-of-speech tags; here the words
 * themselves carry it, which is enough for news prose and keeps the tagger free of models.
 */
final class TenseDetector {
    private static final Pattern WORD = Pattern.compile("[A-Za-z’']+");
    private static final int WINDOW = 240;
    private static final Set<String> FUTURE = Set.of("will", "'ll", "’ll", "shall", "won't", "won’t", "would",
            "expected", "expects", "scheduled", "due", "plans", "upcoming", "intends", "aims",
            "going", "tomorrow", "hopes", "be", "set", "effective", "slated", "supposed", "deadline");
    private static final Set<String> PRESENT = Set.of("is", "are", "says", "has", "have", "does", "am", "remains", "continues");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "told", "went", "came", "made",
            "took", "gave", "got", "met", "left", "held", "saw", "found", "began", "fell", "rose", "won", "lost", "sent",
            "spent", "paid", "sold", "led", "brought", "thought", "kept", "ran", "became", "broke", "chose", "drove",
            "flew", "fought", "knew", "spoke", "stood", "struck", "wrote", "shot", "hit", "quit", "set", "cut", "put",
            "yesterday", "ago", "last", "earlier", "been", "felt", "heard", "meant", "built", "taught", "caught",
            "bought", "sought", "withdrew", "overtook", "drew", "grew", "threw", "arose", "swore", "tore", "wore", "woke");
    /** Before these a participle is passive or infinitive ("will be held", "is expected"): the auxiliary tells the tense. */
    private static final Set<String> AUXILIARY = Set.of("be", "being", "is", "are", "am", "will", "would", "to", "can", "may", "must", "should");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "st", "sen",
            "rep", "gov", "prof", "rev", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec");
    private static final Set<String> PAST_AUXILIARY = Set.of("was", "were", "been", "had");
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "seed", "feed", "proceed", "exceed", "succeed",
            "bed", "red", "shed", "bred", "hundred", "indeed", "embed", "breed", "greed", "creed", "weed", "heed",
            "expected", "scheduled", "based", "united", "related", "limited", "detailed", "advanced",
            "alleged", "armed", "used", "called", "named", "so-called", "concerned", "interested", "supposed",
            "skilled", "qualified", "sacred", "wicked", "naked", "ragged", "rugged", "kindred", "wretched", "ed", "fred", "ted");

    private TenseDetector() {}

    /** The tense of the clause holding {@code [start, end)} in {@code text}. */
    static Tense tense(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        Matcher m = WORD.matcher(text).region(from, to);
        String previous = "";
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String before = previous;
            previous = word;
            if (m.start() >= start && m.end() <= end) continue;
            Tense t = cue(word, before);
            if (t == Tense.UNKNOWN) continue;
            int distance = m.end() <= start ? start - m.end() : m.start() - end;
            if (m.start() >= end) distance += 8;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = t;
            }
        }
        return best;
    }

    /**
     * The tense a word signals given the word before it: a participle after an auxiliary says
     * nothing by itself ("will be held"), a plan in the past perfect is past ("had been due to
     * expire"), "be" is future only as an infinitive ("to be signed"), "is to" is a plan.
     */
    static Tense cue(String w, String before) {
        if (w.equals("be")) return before.equals("to") ? Tense.FUTURE : Tense.UNKNOWN;
        if (w.equals("to") && (before.equals("is") || before.equals("are"))) return Tense.FUTURE;
        if (FUTURE.contains(w) && PAST_AUXILIARY.contains(before)) return Tense.PAST;
        Tense t = cue(w);
        return t == Tense.PAST && AUXILIARY.contains(before) ? Tense.UNKNOWN : t;
    }

    static Tense cue(String w) {
        if (FUTURE.contains(w)) return Tense.FUTURE;
        if (PRESENT.contains(w)) return Tense.PRESENT;
        if (PAST.contains(w)) return Tense.PAST;
        if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w)) return Tense.PAST;
        return Tense.UNKNOWN;
    }

    private static int sentenceStart(String text, int pos) {
        int limit = Math.max(0, pos - WINDOW);
        for (int i = pos - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '!' || c == '?' || c == '.' && !abbreviation(text, i)) && startsSentence(text, i + 1)) return i + 1;
        }
        return limit;
    }

    /** Whether the period at {@code dot} closes an initial ("G.") or a title ("Mr.", "Gen.") rather than a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int j = dot;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) j--;
        String word = text.substring(j, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean startsSentence(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        return j > from && j < text.length() && (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '"' || text.charAt(j) == '`');
    }

    private static int sentenceEnd(String text, int pos) {
        int limit = Math.min(text.length(), pos + WINDOW);
        for (int i = pos; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '!' || c == '?' || c == '.' && !abbreviation(text, i)) && (i + 1 == text.length()
                    || startsSentence(text, i + 1))) {
                return i;
            }
        }
        return limit;
    }
}
