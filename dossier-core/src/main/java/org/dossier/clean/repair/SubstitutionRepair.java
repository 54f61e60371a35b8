package org.dossier.clean.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.clean.CleanContext;
import org.dossier.clean.EnglishDictionary;
import org.dossier.clean.Lexicon;
import org.dossier.clean.TextEdits;
import org.dossier.clean.TextRepair;
import org.dossier.model.Repair;
import org.dossier.text.MappedText;

/**
 * Repairs a systematic substring corruption: one letter sequence replaced by another everywhere
 * in a copy (a botched find-and-replace, a broken transliteration), which leaves many tokens that
 * are no words at all.
 *
 * <p>How: collect the document's unknown tokens (in neither the dictionary nor two documents of
 * the corpus). A corrupted sequence {@code Y} is a substring shared by several of them and rare in
 * the document's known words; for each such {@code Y}, the dictionary words that agree with a
 * token around it propose what {@code Y} stood for ({@code X}). A pair {@code Y -> X} is accepted
 * only when
 * <ul>
 *   <li>it turns at least {@value #MIN_WORDS} distinct unknown words, and at least half of the
 *       unknown words holding {@code Y}, into known words;</li>
 *   <li>{@code X} has all but vanished from the document: a replacement done everywhere leaves no
 *       {@code X} behind, while in valid text a natural sequence such as "ll" is everywhere;</li>
 *   <li>the text is mostly known words before the search and after the repair
 *       ({@link KnownWordShare}): a text in another language is no corrupted English.</li>
 * </ul>
 * Among candidates, the one fixing the most words wins, then the one giving commoner words.
 * Known words are never changed, the case of each token is kept, and rounds repeat for a second
 * substitution. {@link Substitutions} holds the search.
 */
public final class SubstitutionRepair implements TextRepair {
    static final int MIN_WORDS = 3;
    static final int MAX_ROUNDS = 2;

    private final EnglishDictionary dictionary;

    public SubstitutionRepair(EnglishDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public Result repair(MappedText text, CleanContext context) {
        Lexicon lexicon = context == null || context.corpus() == null ? dictionary
                : dictionary.or(Lexicon.ofCorpus(context.corpus(), 2));
        MappedText current = text;
        List<String> done = new ArrayList<>();
        int changed = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            DocumentTokens tokens = DocumentTokens.of(current.text(), lexicon);
            if (!KnownWordShare.of(tokens.types(), dictionary).worthSearching()) break;
            Substitutions.Found best = new Substitutions(dictionary, lexicon, tokens).best();
            if (best == null) break;
            TextEdits edits = new TextEdits(current);
            String example = null;
            for (String token : best.fixed()) {
                String repaired = replacePreservingCase(token, best.from(), best.to());
                if (example == null) example = "'" + token + "' -> '" + repaired + "'";
                for (int[] at : tokens.unknown().get(token)) edits.replace(at[0], at[1], repaired);
            }
            changed += edits.size();
            done.add("'" + best.from() + "' -> '" + best.to() + "' in " + edits.size() + " tokens of "
                    + best.fixed().size() + " words (e.g. " + example + ")");
            current = edits.apply();
        }
        if (done.isEmpty()) return Result.unchanged(text);
        return new Result(current, Optional.of(new Repair("substitution",
                "systematic substitution undone: " + String.join("; ", done), changed)));
    }

    /** {@code token} with every (case-insensitive) {@code from} replaced by {@code to}, cased like what it replaces. */
    static String replacePreservingCase(String token, String from, String to) {
        String lower = token.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        int pos = 0, at;
        while ((at = lower.indexOf(from, pos)) >= 0) {
            sb.append(token, pos, at);
            String replaced = token.substring(at, at + from.length());
            boolean allUpper = replaced.equals(replaced.toUpperCase(Locale.ROOT)) && !replaced.equals(replaced.toLowerCase(Locale.ROOT));
            boolean wordUpper = token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
            if (allUpper && (wordUpper || from.length() > 1)) sb.append(to.toUpperCase(Locale.ROOT));
            else if (Character.isUpperCase(replaced.charAt(0))) sb.append(Character.toUpperCase(to.charAt(0))).append(to.substring(1));
            else sb.append(to);
            pos = at + from.length();
        }
        return sb.append(token.substring(pos)).toString();
    }

    /** The document's words: unknown ones with their places, and every word type with its count. */
    record DocumentTokens(Map<String, List<int[]>> unknown, Map<String, Integer> types) {
        static DocumentTokens of(String s, Lexicon lexicon) {
            Map<String, List<int[]>> unknown = new LinkedHashMap<>();
            Map<String, Integer> types = new HashMap<>();
            Map<String, Boolean> known = new HashMap<>();   // one lexicon lookup per word type, not per occurrence
            org.dossier.clean.Words.forEach(s, (a, b) -> {
                int end = a;
                while (end < b && Character.isLetter(s.charAt(end))) end++;   // "word's" counts as "word"
                String token = s.substring(a, end);
                String lower = token.toLowerCase(Locale.ROOT);
                types.merge(lower, 1, Integer::sum);
                if (end - a >= 2 && !known.computeIfAbsent(lower, lexicon::contains)) {
                    unknown.computeIfAbsent(token, t -> new ArrayList<>()).add(new int[] {a, end});
                }
            });
            return new DocumentTokens(unknown, types);
        }

        Set<String> unknownLower() {
            Set<String> out = new HashSet<>();
            for (String t : unknown.keySet()) out.add(t.toLowerCase(Locale.ROOT));
            return out;
        }
    }
}
