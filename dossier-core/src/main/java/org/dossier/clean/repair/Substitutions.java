package org.dossier.clean.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.clean.EnglishDictionary;
import org.dossier.clean.Lexicon;

/**
 * The search behind {@link SubstitutionRepair}: which sequence {@code Y} of the document's unknown
 * words stands for which sequence {@code X}.
 */
final class Substitutions {
    static final int MAX_SEQUENCE = 6;
    static final int MAX_CANDIDATES = 60;
    /** Share of fixed tokens that {@code X} may still occur in elsewhere (a name, a stray word). */
    static final double MAX_REMAINING_SHARE = 0.1;
    private static final int ENUMERATION_LIMIT = 4000;
    /** Unknown words looked at, most frequent first: bounds the search on very long documents. */
    static final int MAX_UNKNOWN_WORDS = 2000;
    /** Shared sequences ranked against the document's known words (the costly part of ranking). */
    static final int MAX_RANKED = 400;

    /** An accepted substitution and the unknown tokens (as written) it repairs. */
    record Found(String from, String to, List<String> fixed, int frequency) {}

    private final EnglishDictionary dictionary;
    private final Lexicon lexicon;
    private final SubstitutionRepair.DocumentTokens tokens;
    private final Set<String> unknownLower;   // the unknown words searched (the most frequent ones)
    private final Set<String> allUnknown;

    Substitutions(EnglishDictionary dictionary, Lexicon lexicon, SubstitutionRepair.DocumentTokens tokens) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.allUnknown = tokens.unknownLower();
        this.unknownLower = mostFrequent(tokens, allUnknown);
    }

    private static Set<String> mostFrequent(SubstitutionRepair.DocumentTokens tokens, Set<String> all) {
        if (all.size() <= MAX_UNKNOWN_WORDS) return all;
        List<String> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> Integer.compare(tokens.types().getOrDefault(b, 0), tokens.types().getOrDefault(a, 0)));
        return new HashSet<>(sorted.subList(0, MAX_UNKNOWN_WORDS));
    }

    Found best() {
        Map<String, Set<String>> holders = new HashMap<>();   // Y -> distinct unknown words holding it
        for (String lower : unknownLower) {
            for (int len = 1; len <= MAX_SEQUENCE; len++) {
                for (int i = 0; i + len <= lower.length(); i++) {
                    holders.computeIfAbsent(lower.substring(i, i + len), k -> new HashSet<>()).add(lower);
                }
            }
        }
        List<Map.Entry<String, Set<String>>> shared = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : holders.entrySet()) {
            if (e.getValue().size() >= SubstitutionRepair.MIN_WORDS) shared.add(e);
        }
        shared.sort((a, b) -> b.getValue().size() != a.getValue().size() ? b.getValue().size() - a.getValue().size()
                : b.getKey().length() - a.getKey().length());
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : shared.subList(0, Math.min(MAX_RANKED, shared.size()))) {
            int known = 0;
            for (String type : tokens.types().keySet()) {
                if (!allUnknown.contains(type) && type.contains(e.getKey())) known++;
            }
            candidates.add(new Candidate(e.getKey(), e.getValue(), known));
        }
        candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
        Found best = null;
        for (Candidate c : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
            Found f = bestReplacementFor(c.sequence, c.holders);
            if (f != null && (best == null || f.fixed().size() > best.fixed().size()
                    || (f.fixed().size() == best.fixed().size() && f.frequency() > best.frequency()))) {
                best = f;
            }
        }
        return best;
    }

    /** A sequence shared by unknown words; the fewer known words share it, the likelier a corruption. */
    private record Candidate(String sequence, Set<String> holders, int knownHolders) {
        double score() {
            return (double) holders.size() * holders.size() / (holders.size() + knownHolders);
        }
    }

    private Found bestReplacementFor(String from, Set<String> holders) {
        Map<String, Integer> proposals = new HashMap<>();
        for (String token : holders) {
            Set<String> mine = new HashSet<>();
            for (int at = token.indexOf(from); at >= 0; at = token.indexOf(from, at + 1)) {
                middles(token.substring(0, at), token.substring(at + from.length()), mine::add);
            }
            mine.remove(from);
            for (String x : mine) proposals.merge(x, 1, Integer::sum);
        }
        Found best = null;
        for (Map.Entry<String, Integer> p : proposals.entrySet()) {
            if (p.getValue() < 2) continue;
            Found f = evaluate(from, p.getKey(), holders.size());
            if (f != null && (best == null || f.fixed().size() > best.fixed().size()
                    || (f.fixed().size() == best.fixed().size() && f.frequency() > best.frequency()))) {
                best = f;
            }
        }
        return best;
    }

    /** The substitution {@code from -> to} checked against every unknown token and the thresholds. */
    private Found evaluate(String from, String to, int holders) {
        List<String> fixed = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        int frequency = 0;
        for (String token : tokens.unknown().keySet()) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (!lower.contains(from)) continue;
            String repaired = lower.replace(from, to);
            if (!lexicon.contains(repaired)) continue;
            fixed.add(token);
            // acronyms and codes ("NRAN", "QTLY") are arbitrary letters: they may be repaired, never vouch
            if (!token.equals(token.toUpperCase(Locale.ROOT)) && distinct.add(lower)) frequency += dictionary.frequency(repaired);
        }
        if (distinct.size() < SubstitutionRepair.MIN_WORDS || distinct.size() * 2 < holders) return null;
        int fixedOccurrences = 0, remaining = 0;
        for (String token : fixed) fixedOccurrences += tokens.unknown().get(token).size();
        for (Map.Entry<String, Integer> t : tokens.types().entrySet()) {
            if (t.getKey().contains(to) && !t.getKey().contains(from)) remaining += t.getValue();
        }
        if (remaining > MAX_REMAINING_SHARE * fixedOccurrences) return null;
        return new Found(from, to, fixed, frequency);
    }

    /** Each X such that prefix + X + suffix is a dictionary word, X at most {@value #MAX_SEQUENCE} letters. */
    private void middles(String prefix, String suffix, Consumer<String> out) {
        int min = prefix.length() + suffix.length() + 1, max = prefix.length() + suffix.length() + MAX_SEQUENCE;
        Consumer<String> take = w -> {
            if (w.length() >= min && w.length() <= max && w.startsWith(prefix) && w.endsWith(suffix)) {
                out.accept(w.substring(prefix.length(), w.length() - suffix.length()));
            }
        };
        if (Math.max(prefix.length(), suffix.length()) < 2) return;   // too little context to enumerate
        if (prefix.length() >= suffix.length()) dictionary.withPrefix(prefix, ENUMERATION_LIMIT, take);
        else dictionary.withSuffix(suffix, ENUMERATION_LIMIT, take);
    }
}
