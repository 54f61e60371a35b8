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
import org.dossier.clean.Words;
import org.dossier.model.Repair;
import org.dossier.text.MappedText;

/**
 * Repairs a systematic substring corruption: one letter sequence replaced by another everywhere
 * in a copy (a botched find-and-replace, a broken transliteration), which leaves many tokens that
 * are no words at all ("resstartd" where "one" became "start" in "resoned"...).
 *
 * <p>How: collect the document's unknown tokens (not in the dictionary, nor in at least two
 * documents of the corpus). A corrupted sequence {@code Y} is a substring shared by several of
 * them; for each such {@code Y}, the known words that agree with a token around it propose what
 * {@code Y} stood for ({@code X}). The pair {@code Y -> X} is accepted when it turns at least
 * {@value #MIN_WORDS} distinct unknown tokens into known words and at least half of the unknown
 * tokens holding {@code Y}; it is then applied to exactly those tokens. Known words are never
 * changed. A names-heavy but clean text does not pass: its unknown names do not share one
 * substitution that makes words of them. Rounds repeat for a second substitution.
 */
public final class SubstitutionRepair implements TextRepair {
    static final int MIN_WORDS = 3;
    static final int MAX_SEQUENCE = 6;
    static final int MAX_CANDIDATES = 40;
    static final int MAX_ROUNDS = 2;
    private static final int ENUMERATION_LIMIT = 4000;

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
            Map<String, List<int[]>> unknown = unknownTokens(current, lexicon);
            Substitution best = bestSubstitution(unknown, lexicon);
            if (best == null) break;
            TextEdits edits = new TextEdits(current);
            for (String token : best.fixed) {
                String fixedWord = applyCase(token, token.toLowerCase(Locale.ROOT).replace(best.from, best.to));
                for (int[] at : unknown.get(token)) edits.replace(at[0], at[1], fixedWord);
            }
            changed += edits.size();
            String example = best.fixed.get(0);
            done.add("'" + best.from + "' -> '" + best.to + "' in " + edits.size() + " tokens of " + best.fixed.size()
                    + " words (e.g. '" + example + "' -> '" + example.toLowerCase(Locale.ROOT).replace(best.from, best.to) + "')");
            current = edits.apply();
        }
        if (done.isEmpty()) return Result.unchanged(text);
        return new Result(current, Optional.of(new Repair("substitution",
                "systematic substitution undone: " + String.join("; ", done), changed)));
    }

    private record Substitution(String from, String to, List<String> fixed) {}

    /** Unknown tokens (as written) with every place they occur. */
    private static Map<String, List<int[]>> unknownTokens(MappedText text, Lexicon lexicon) {
        Map<String, List<int[]>> unknown = new LinkedHashMap<>();
        String s = text.text();
        Words.forEach(s, (a, b) -> {
            if (b - a < 3) return;
            String token = s.substring(a, b);
            String lower = token.toLowerCase(Locale.ROOT);
            if (!lexicon.contains(lower) && isAllLetters(lower)) unknown.computeIfAbsent(token, t -> new ArrayList<>()).add(new int[] {a, b});
        });
        return unknown;
    }

    private Substitution bestSubstitution(Map<String, List<int[]>> unknown, Lexicon lexicon) {
        Map<String, Set<String>> holders = new HashMap<>();   // sequence -> distinct lower-case unknown tokens
        for (String token : unknown.keySet()) {
            String lower = token.toLowerCase(Locale.ROOT);
            for (int len = 1; len <= MAX_SEQUENCE; len++) {
                for (int i = 0; i + len <= lower.length(); i++) {
                    holders.computeIfAbsent(lower.substring(i, i + len), k -> new HashSet<>()).add(lower);
                }
            }
        }
        List<Map.Entry<String, Set<String>>> candidates = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : holders.entrySet()) {
            if (e.getValue().size() >= MIN_WORDS) candidates.add(e);
        }
        candidates.sort((a, b) -> b.getValue().size() != a.getValue().size() ? b.getValue().size() - a.getValue().size()
                : b.getKey().length() - a.getKey().length());
        Substitution best = null;
        for (Map.Entry<String, Set<String>> c : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
            Substitution s = bestReplacementFor(c.getKey(), c.getValue(), unknown, lexicon);
            if (s != null && (best == null || s.fixed.size() > best.fixed.size()
                    || (s.fixed.size() == best.fixed.size() && s.from.length() < best.from.length()))) {
                best = s;
            }
        }
        return best;
    }

    /** The X that makes the most holders of {@code from} known, if it passes the thresholds. */
    private Substitution bestReplacementFor(String from, Set<String> holders, Map<String, List<int[]>> unknown,
                                            Lexicon lexicon) {
        Map<String, Set<String>> proposals = new HashMap<>();
        for (String token : holders) {
            int at = token.indexOf(from);
            while (at >= 0) {
                String prefix = token.substring(0, at), suffix = token.substring(at + from.length());
                for (String x : replacementsFor(prefix, suffix)) {
                    if (!x.equals(from)) proposals.computeIfAbsent(x, k -> new HashSet<>()).add(token);
                }
                at = token.indexOf(from, at + 1);
            }
        }
        String bestTo = null;
        List<String> bestFixed = List.of();
        for (String to : proposals.keySet()) {
            if (proposals.get(to).size() < MIN_WORDS) continue;
            List<String> fixed = new ArrayList<>();
            for (String token : unknown.keySet()) {
                String lower = token.toLowerCase(Locale.ROOT);
                if (lower.contains(from) && lexicon.contains(lower.replace(from, to))) fixed.add(token);
            }
            long distinct = fixed.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().count();
            if (distinct >= MIN_WORDS && distinct * 2 >= holders.size() && fixed.size() > bestFixed.size()) {
                bestTo = to;
                bestFixed = fixed;
            }
        }
        return bestTo == null ? null : new Substitution(from, bestTo, bestFixed);
    }

    /** Middles X such that prefix + X + suffix is a dictionary word. */
    private List<String> replacementsFor(String prefix, String suffix) {
        List<String> out = new ArrayList<>();
        int min = prefix.length() + suffix.length() + 1, max = min + MAX_SEQUENCE - 1;
        java.util.function.Consumer<String> take = w -> {
            if (w.length() >= min && w.length() <= max && w.startsWith(prefix) && w.endsWith(suffix)) {
                out.add(w.substring(prefix.length(), w.length() - suffix.length()));
            }
        };
        if (prefix.length() >= suffix.length()) {
            if (prefix.isEmpty()) return out;
            dictionary.withPrefix(prefix, ENUMERATION_LIMIT, take);
        } else {
            dictionary.withSuffix(suffix, ENUMERATION_LIMIT, take);
        }
        return out;
    }

    private static boolean isAllLetters(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return false;
        return true;
    }

    /** The repaired word in the case pattern of the token it replaces. */
    static String applyCase(String token, String lower) {
        boolean allUpper = token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
        if (allUpper) return lower.toUpperCase(Locale.ROOT);
        if (Character.isUpperCase(token.charAt(0))) return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return lower;
    }
}
