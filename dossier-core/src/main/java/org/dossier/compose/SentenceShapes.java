package org.dossier.compose;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.Token;
import org.dossier.text.Span;

/**
 * Which sentences of an article may stand alone in a summary. A summary lifts sentences out of
 * their articles, so only statements that read as complete claims qualify: no questions, no
 * fragments (captions, credits, lists without a verb, headlines), no bylines or datelines standing
 * alone, no quotations whose only verb is inside the quote marks, whose speaker is not named, or
 * that the splitter cut in two, and no sentence that opens with a connective or uses a pronoun
 * before any name, pointing back at a sentence the reader will not see.
 */
final class SentenceShapes {
    static final int MIN_TOKENS = 8;
    static final int MAX_TOKENS = 60;
    /**
     * Below this length a sentence must show a verb to count as a statement, not a caption or a
     * list; longer ones nearly always are statements, and a light tagger misses many verbs.
     */
    private static final int SHORT = 12;
    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "him", "her", "them", "his", "their");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”");
    /** A dateline before the first sentence: "PLACE, Country, Mon 18 (AGENCY) - ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}\\p{M} .'-]+(?:,[^\\n()]{0,40})?(?:\\([^)\\n]{1,40}\\))?\\s*[-–—]+\\s+");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by|from|photo|image|credit|source)\\b.*|.*[|@©].*");
    private static final Set<String> BACK_POINTING = Set.of("he", "she", "it", "they", "this", "these", "those",
            "that", "but", "and", "or", "so", "however", "also", "meanwhile", "instead", "still", "yet", "his",
            "her", "their", "its", "such", "there", "here");

    private SentenceShapes() {}

    /** The part of the sentence a summary may quote (a leading dateline cut off), or null if it may not stand alone. */
    static Span statement(TaggedSentence s, String text) {
        if (s.tokens().size() < MIN_TOKENS || s.tokens().size() > MAX_TOKENS) return null;
        int start = s.span().start();
        String words = text.substring(start, s.span().end());
        Matcher dateline = DATELINE.matcher(words);
        if (dateline.find()) start += dateline.end();
        while (start < s.span().end() && Character.isWhitespace(text.charAt(start))) start++;
        int end = s.span().end();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        String kept = text.substring(start, end);
        if (kept.isEmpty() || !endsAsStatement(kept) || BYLINE.matcher(kept).matches()) return null;
        if (!Character.isUpperCase(kept.codePointAt(0)) && "\"“‘'".indexOf(kept.charAt(0)) < 0) return null;
        int from = start;
        int to = end;
        List<Token> tokens = s.tokens().stream().filter(t -> t.start() >= from && t.end() <= to).toList();
        if (tokens.size() < MIN_TOKENS || BACK_POINTING.contains(tokens.get(0).word().toLowerCase(Locale.ROOT))) return null;
        if (upperCaseShare(kept) > 0.5) return null;
        if (pronounBeforeName(tokens)) return null;
        boolean quoting = tokens.stream().anyMatch(t -> QUOTE_MARKS.contains(t.word()));
        if (quoting && (!balancedQuotes(kept) || !namesOutsideQuotes(tokens))) return null;
        boolean needsVerb = quoting || tokens.size() < SHORT;
        return !needsVerb || hasVerbOutsideQuotes(tokens) ? new Span(from, to) : null;
    }

    /** Ends with a full stop or exclamation (possibly inside a closing quote or bracket), not a question or a colon. */
    private static boolean endsAsStatement(String s) {
        int i = s.length() - 1;
        while (i > 0 && "\"”’')".indexOf(s.charAt(i)) >= 0) i--;
        return s.charAt(i) == '.' || s.charAt(i) == '!';
    }

    private static double upperCaseShare(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters == 0 ? 1 : upper / (double) letters;
    }

    /** A personal pronoun before any name: it points at someone introduced in a sentence left behind. */
    private static boolean pronounBeforeName(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && t.pos().startsWith("NNP")) return false;
            if (PERSONAL.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** A quotation cut by the sentence splitter opens or closes outside the sentence. */
    private static boolean balancedQuotes(String s) {
        long straight = s.chars().filter(c -> c == '"').count();
        long open = s.chars().filter(c -> c == '\u201c').count();
        long close = s.chars().filter(c -> c == '\u201d').count();
        return straight % 2 == 0 && open == close;
    }

    /** A quotation is worth lifting only with its speaker named outside the quote marks, not "he said". */
    private static boolean namesOutsideQuotes(List<Token> tokens) {
        boolean inQuote = false;
        for (Token t : tokens) {
            if (QUOTE_MARKS.contains(t.word())) {
                inQuote = t.word().equals("\u201c") || t.word().equals("\"") && !inQuote;
                continue;
            }
            if (!inQuote && t.isCapitalized() && Character.isLetter(t.word().charAt(0))) return true;
        }
        return false;
    }

    /** A verb (or modal) outside quotation marks: the sentence itself claims something, not only the quote. */
    private static boolean hasVerbOutsideQuotes(List<Token> tokens) {
        boolean inQuote = false;
        for (Token t : tokens) {
            String w = t.word();
            if (w.equals("“") || w.equals("\"") && !inQuote) {
                inQuote = true;
                continue;
            }
            if (w.equals("”") || w.equals("\"")) {
                inQuote = false;
                continue;
            }
            if (!inQuote && (t.isVerb() || t.pos().equals("MD"))) return true;
        }
        return false;
    }
}
