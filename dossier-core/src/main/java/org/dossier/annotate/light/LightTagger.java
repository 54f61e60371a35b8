package org.dossier.annotate.light;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.rules.NumberWords;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.annotate.rules.Token;
import org.dossier.annotate.rules.ToolkitText;
import org.dossier.text.Span;

/**
 * A toolkit-free tagger: splits sentences and words with regular expressions and guesses
 * part-of-speech tags from closed word classes, capitalization and suffixes. It is far less
 * accurate than a statistical toolkit, but thousands of times faster and needs no model, so the
 * rule layer ({@link org.dossier.annotate.rules.RuleAnnotations}) can run over corpora of
 * hundreds of thousands of articles, and the engine works when no toolkit is installed.
 *
 * <p>Guesses: digits and number words are {@code CD}; capitalized words inside a sentence are
 * proper nouns ({@code NNP}, with named-entity tag {@code MISC}); lower-case words ending in
 * {@code -s} are plural nouns, in {@code -ed} past verbs, in {@code -ing} gerunds; the rest are
 * nouns. Month and weekday names carry the {@code DATE} tag so quantity rules leave them alone.
 */
public final class LightTagger {
    private static final Pattern WORD = Pattern.compile(
            "\\d+(?:[.,]\\d+)*|\\p{L}[\\p{L}\\p{M}]*(?:[-.]\\p{L}[\\p{L}\\p{M}]*)*\\.?|['’]s\\b|\\S");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s+(?=[\"“‘(]?[\\p{Lu}\\d])|\\n+");
    private static final Map<String, String> CLOSED = closedClasses();
    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
            "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "st.", "gen.", "gov.",
            "sen.", "rep.", "u.s.", "u.k.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "no.", "vs.");

    private LightTagger() {}

    public static TaggedText tag(String text) {
        String prepared = ToolkitText.prepare(text);
        Set<String> namesMidSentence = namesMidSentence(prepared);
        List<TaggedSentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        Matcher end = SENTENCE_END.matcher(prepared);
        while (end.find()) {
            boolean lineBreak = end.group().startsWith("\n");
            if (!lineBreak && abbreviationBefore(prepared, end.start())) continue;
            addSentence(text, prepared, start, lineBreak ? end.start() : end.start() + 1, sentences, paragraph,
                    namesMidSentence);
            if (end.group().contains("\n")) paragraph++;
            start = end.end();
        }
        addSentence(text, prepared, start, prepared.length(), sentences, paragraph, namesMidSentence);
        return new TaggedText(text, sentences);
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int i = dot;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) i--;
        String word = text.substring(i, dot + 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.matches("\\p{L}\\.");
    }

    /**
     * Capitalized words the text also writes inside a sentence (after a lower-case word or a
     * comma): only there does capitalization say "name". A capital at a sentence start says
     * nothing, so "Residents fled" must not make "Residents" an entity.
     */
    private static Set<String> namesMidSentence(String prepared) {
        Set<String> names = new HashSet<>();
        Matcher m = MID_SENTENCE_CAPITAL.matcher(prepared);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static final Pattern MID_SENTENCE_CAPITAL = Pattern.compile("[\\p{Ll},;] +(\\p{Lu}[\\p{L}'’-]*)");

    private static void addSentence(String text, String prepared, int from, int to, List<TaggedSentence> out,
            int paragraph, Set<String> namesMidSentence) {
        List<Token> tokens = new ArrayList<>();
        boolean shouting = shouting(prepared.substring(from, to));
        Matcher m = WORD.matcher(prepared).region(from, to);
        while (m.find()) {
            String word = shouting ? m.group().toLowerCase(Locale.ROOT) : m.group();
            if (word.endsWith(".") && word.length() > 1 && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                    && !word.matches("(?:\\p{L}\\.)+")) {
                tokens.add(token(word.substring(0, word.length() - 1), m.start(), tokens.isEmpty()));
                tokens.add(new Token(new Span(m.end() - 1, m.end()), ".", ".", ".", "O"));
            } else {
                tokens.add(token(word, m.start(), tokens.isEmpty()));
            }
        }
        if (tokens.isEmpty()) return;
        demoteSentenceInitial(tokens, namesMidSentence);
        markDates(tokens);
        Span span = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        out.add(new TaggedSentence(out.size(), paragraph, span, tokens));
    }

    /** A line in capitals ("FLOOD HITS TOWN"): its words are tagged as if written in lower case. */
    private static boolean shouting(String sentence) {
        int upper = 0;
        int words = 0;
        for (String w : sentence.split("[^\\p{L}]+")) {
            if (w.length() < 2) continue;
            words++;
            if (w.equals(w.toUpperCase(Locale.ROOT))) upper++;
        }
        return words >= 3 && upper >= 0.6 * words;
    }

    private static Token token(String word, int start, boolean first) {
        Span span = new Span(start, start + word.length());
        String lower = word.toLowerCase(Locale.ROOT);
        if (NumberWords.value(word) != null || NumberWords.vague(word) != null || NumberWords.scale(word) != null) {
            return new Token(span, word, "CD", lower, "O");
        }
        String closed = CLOSED.get(lower);
        if (closed != null && (first || !Character.isUpperCase(word.charAt(0)))) {
            return new Token(span, word, closed, lower, "O");
        }
        if (!Character.isLetter(word.charAt(0))) return new Token(span, word, word.startsWith("'") || word.startsWith("’") ? "POS" : word, word, "O");
        if (Character.isUpperCase(word.charAt(0))) {
            String ner = DATE_WORDS.contains(lower) ? "DATE" : "MISC";
            return new Token(span, word, "NNP", word, ner);
        }
        if (lower.endsWith("ed")) return new Token(span, word, "VBD", lower, "O");
        if (lower.endsWith("ing")) return new Token(span, word, "VBG", lower, "O");
        if (lower.endsWith("ly")) return new Token(span, word, "RB", lower, "O");
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && lower.length() > 3) {
            return new Token(span, word, "NNS", singular(lower), "O");
        }
        return new Token(span, word, "NN", lower, "O");
    }

    /**
     * A capitalized first word that starts no multi-word name and is never written capitalized
     * inside a sentence is an ordinary word ("Floodwater", "More", "Residents").
     */
    private static void demoteSentenceInitial(List<Token> tokens, Set<String> namesMidSentence) {
        Token first = tokens.get(0);
        if (!first.pos().equals("NNP") || !first.ner().equals("MISC") || namesMidSentence.contains(first.word())) return;
        if (tokens.size() > 1 && tokens.get(1).pos().equals("NNP")) return;
        String lower = first.word().toLowerCase(Locale.ROOT);
        boolean plural = lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3;
        tokens.set(0, new Token(first.span(), first.word(), plural ? "NNS" : "NN", plural ? singular(lower) : lower, "O"));
    }

    /** The dictionary form of a regular plural. */
    public static String singular(String plural) {
        if (plural.endsWith("ies") && plural.length() > 4) return plural.substring(0, plural.length() - 3) + "y";
        if (plural.matches(".*(?:ss|x|ch|sh)es")) return plural.substring(0, plural.length() - 2);
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** A number beside a month name ("Nov 18", "19 March") is part of a date. */
    private static void markDates(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean monthBefore = i > 0 && tokens.get(i - 1).ner().equals("DATE");
            boolean monthAfter = i + 1 < tokens.size() && tokens.get(i + 1).ner().equals("DATE");
            if (t.pos().equals("CD") && (monthBefore || monthAfter)) {
                tokens.set(i, new Token(t.span(), t.word(), t.pos(), t.lemma(), "DATE"));
            }
        }
    }

    private static Map<String, String> closedClasses() {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (String w : List.of("the", "a", "an", "this", "that", "these", "those", "each", "every", "no", "any")) m.put(w, "DT");
        for (String w : List.of("his", "her", "their", "its", "our", "my", "your")) m.put(w, "PRP$");
        for (String w : List.of("he", "she", "they", "it", "we", "i", "you", "him", "them", "us")) m.put(w, "PRP");
        for (String w : List.of("of", "in", "on", "at", "for", "with", "by", "from", "into", "after", "before",
                "since", "during", "over", "under", "about", "against", "between", "than", "as", "per", "until", "while")) {
            m.put(w, "IN");
        }
        for (String w : List.of("and", "or", "but", "nor")) m.put(w, "CC");
        for (String w : List.of("will", "would", "could", "should", "may", "might", "must", "can")) m.put(w, "MD");
        for (String w : List.of("is", "are", "was", "were", "be", "been", "has", "have", "had", "said", "says",
                "told", "made", "took", "gave", "found", "left", "won", "lost", "paid", "rose", "fell", "held",
                "sent", "put", "set", "cut", "met", "saw", "went", "came", "did", "does", "do", "got", "kept")) {
            m.put(w, w.endsWith("s") && !w.equals("was") && !w.equals("has") ? "VBZ" : "VBD");
        }
        m.put("to", "TO");
        m.put("not", "RB");
        return Map.copyOf(m);
    }
}
