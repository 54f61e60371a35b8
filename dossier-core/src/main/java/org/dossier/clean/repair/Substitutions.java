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
    /** Letters kept on one side of a sequence before the dictionary is searched for what it replaced. */
    static final int MIN_CONTEXT = 2;
    /** Unknown words looked at, most frequent first: bounds the search on very long documents. */
    static final int MAX_UNKNOWN_WORDS = 2000;
    /** Shared sequences ranked against the document's known words (the costly part of ranking). */
    static final int MAX_RANKED = 400;
    /**
     * Holders of a sequence whose dictionary neighbours are enumerated to propose what it replaced.
     * An accepted {@code X} must repair at least half of all holders, so it shows up among any
     * sample of them; enumerating every holder of a common letter (thousands of dictionary scans)
     * only adds proposals that cannot pass.
     */
    static final int MAX_PROPOSING_HOLDERS = 40;
    /** Share of the proposing holders an {@code X} must come from before it is checked in full. */
    static final double MIN_PROPOSAL_SHARE = 0.2;

    /** An accepted substitution and the unknown tokens (as written) it repairs. */
    record Found(String from, String to, List<String> fixed, int frequency) {}

    private final EnglishDictionary dictionary;
    private final Lexicon lexicon;
    private final SubstitutionRepair.DocumentTokens tokens;
    private final Set<String> unknownLower;   // the unknown words searched (the most frequent ones)
    private final Set<String> allUnknown;
    private final KnownWordShare knownBefore;

    Substitutions(EnglishDictionary dictionary, Lexicon lexicon, SubstitutionRepair.DocumentTokens tokens) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.allUnknown = tokens.unknownLower();
        this.unknownLower = mostFrequent(tokens, allUnknown);
        this.knownBefore = KnownWordShare.of(tokens.types(), dictionary);
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
        if (shared.isEmpty()) return null;
        Map<String, Integer> knownHolders = knownWordSequences();
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : shared.subList(0, Math.min(MAX_RANKED, shared.size()))) {
            candidates.add(new Candidate(e.getKey(), e.getValue(), knownHolders.getOrDefault(e.getKey(), 0)));
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

    /** For each sequence of up to {@value #MAX_SEQUENCE} letters, how many known word types of the document hold it. */
    private Map<String, Integer> knownWordSequences() {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String type : tokens.types().keySet()) {
            if (allUnknown.contains(type)) continue;
            seen.clear();
            for (int len = 1; len <= MAX_SEQUENCE; len++) {
                for (int i = 0; i + len <= type.length(); i++) {
                    String seq = type.substring(i, i + len);
                    if (seen.add(seq)) counts.merge(seq, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** A sequence shared by unknown words; the fewer known words share it, the likelier a corruption. */
    private record Candidate(String sequence, Set<String> holders, int knownHolders) {
        double score() {
            return (double) holders.size() * holders.size() / (holders.size() + knownHolders);
        }
    }

    private Found bestReplacementFor(String from, Set<String> holders) {
        Map<String, Integer> proposals = new HashMap<>();
        List<String> proposing = new ArrayList<>(holders);
        if (proposing.size() > MAX_PROPOSING_HOLDERS) {
            proposing.sort(null);   // a fixed, spread-out sample: every k-th holder in alphabetical order
            List<String> sample = new ArrayList<>(MAX_PROPOSING_HOLDERS);
            for (int i = 0; i < MAX_PROPOSING_HOLDERS; i++) sample.add(proposing.get(i * proposing.size() / MAX_PROPOSING_HOLDERS));
            proposing = sample;
        }
        int minProposals = Math.max(2, (int) (MIN_PROPOSAL_SHARE * proposing.size()));
        for (String token : proposing) {
            Set<String> mine = new HashSet<>();
            for (int at = token.indexOf(from); at >= 0; at = token.indexOf(from, at + 1)) {
                middles(token.substring(0, at), token.substring(at + from.length()), mine::add);
            }
            mine.remove(from);
            for (String x : mine) proposals.merge(x, 1, Integer::sum);
        }
        Found best = null;
        for (Map.Entry<String, Integer> p : proposals.entrySet()) {
            if (p.getValue() < minProposals) continue;
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
        if (!knownBefore.plus(fixedOccurrences).believable()) return null;
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
        if (Math.max(prefix.length(), suffix.length()) < MIN_CONTEXT) return;   // too little context to enumerate
        if (prefix.length() >= suffix.length()) dictionary.withPrefix(prefix, ENUMERATION_LIMIT, take);
        else dictionary.withSuffix(suffix, ENUMERATION_LIMIT, take);
    }
}
