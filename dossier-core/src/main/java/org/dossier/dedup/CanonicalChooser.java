package org.dossier.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Picks the copy later stages work on, and says why.
 *
 * <p>Criteria, in order: the most complete text (any copy within {@value #COMPLETE_SHARE} of the
 * longest counts as complete, so a stray caption does not outweigh what follows); the cleanest
 * (fewest repairs: a copy that needed no repair carries the source's own words); a stated
 * publication date (it anchors every relative time in the text); the original outlet (the wire
 * agency's own copy, then a copy that credits the agency, before an uncredited re-post); then the
 * longer text, the earlier date, and the smaller id so the choice is stable.
 */
public final class CanonicalChooser {
    static final double COMPLETE_SHARE = 0.9;

    private record Criterion(String name, Comparator<DedupEntry> better, Function<DedupEntry, String> value) {}

    /**
     * The canonical entry and the reason: the first criterion that set it apart from the runner-up.
     *
     * @param canonical the chosen entry
     * @param reason    human-readable, e.g. {@code fewest repairs (0 vs 3)}
     */
    public record Choice(DedupEntry canonical, String reason) {}

    public Choice choose(List<DedupEntry> members) {
        int longest = members.stream().mapToInt(m -> m.signature().shingleCount()).max().orElse(0);
        List<Criterion> criteria = criteria(longest);
        List<DedupEntry> ranked = new ArrayList<>(members);
        Comparator<DedupEntry> order = criteria.stream().map(Criterion::better).reduce(Comparator::thenComparing).orElseThrow();
        ranked.sort(order);
        DedupEntry best = ranked.get(0);
        if (ranked.size() == 1) return new Choice(best, "only member");
        DedupEntry runnerUp = ranked.get(1);
        for (Criterion c : criteria) {
            if (c.better().compare(best, runnerUp) < 0) {
                return new Choice(best, c.name() + " (" + c.value().apply(best) + " vs " + c.value().apply(runnerUp) + ")");
            }
        }
        return new Choice(best, "identical copies; first added");
    }

    private static List<Criterion> criteria(int longest) {
        Function<DedupEntry, String> shingles = e -> e.signature().shingleCount() + " shingles";
        return List.of(
                new Criterion("most complete text",
                        Comparator.comparing((DedupEntry e) -> !isComplete(e, longest)), shingles),
                new Criterion("fewest repairs", Comparator.comparingInt(e -> e.traits().repairs()),
                        e -> e.traits().repairs() + " repairs"),
                new Criterion("stated publication date", Comparator.comparing(e -> e.traits().published() == null),
                        e -> e.traits().published() == null ? "undated" : e.traits().published().toString()),
                new Criterion("original outlet", Comparator.comparingInt(CanonicalChooser::originality),
                        CanonicalChooser::describeOrigin),
                new Criterion("longer text", Comparator.comparingInt(e -> -e.signature().shingleCount()), shingles),
                new Criterion("earlier publication",
                        Comparator.comparing(e -> e.traits().published(), Comparator.nullsLast(Comparator.naturalOrder())),
                        e -> String.valueOf(e.traits().published())),
                new Criterion("smaller id", Comparator.comparing(DedupEntry::id), DedupEntry::id));
    }

    private static boolean isComplete(DedupEntry e, int longest) {
        return e.signature().shingleCount() >= COMPLETE_SHARE * longest;
    }

    /** 0: the agency's own copy; 1: credits a wire agency; 2: neither. */
    private static int originality(DedupEntry e) {
        if (e.traits().isWireOriginal()) return 0;
        return e.traits().wire() != null ? 1 : 2;
    }

    private static String describeOrigin(DedupEntry e) {
        CopyTraits t = e.traits();
        if (t.isWireOriginal()) return "wire original " + t.wire();
        if (t.wire() != null) return "credits " + t.wire();
        return t.outlet() == null ? "uncredited copy" : "re-post by " + t.outlet();
    }
}
