package org.dossier.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.dossier.model.DuplicateGroup;

/**
 * Turns pairwise matches into groups of copies, each with one canonical member.
 *
 * <p>Exact, near and syndicated matches join groups transitively. A contained match joins the
 * smaller text to its container's group only when all its containers are in one group: a short text
 * found inside several unrelated texts is a shared passage — a boilerplate block, a stock paragraph
 * — not a brief of any one of them, and letting it join would chain unrelated stories together.
 * Smaller texts are resolved largest first, so a brief of a trimmed copy follows the trimmed copy
 * into its group.
 *
 * <p>Each member is then judged against the canonical member: the group's relation is the loosest
 * of those verdicts (exact, near, syndicated, contained) and its similarity the weakest. A group of
 * exact or near copies that credits a wire agency and spans more than one outlet is reported as
 * syndicated: the same wire text re-published.
 */
public final class DuplicateGrouper {
    private final PairClassifier classifier;
    private final CanonicalChooser chooser = new CanonicalChooser();

    /**
     * A match between two stored entries.
     *
     * @param a          one ordinal
     * @param b          the other ordinal
     * @param relation   how they are copies
     * @param similarity the measure behind the relation
     */
    public record Edge(int a, int b, Relation relation, double similarity) {}

    public DuplicateGrouper(DedupConfig config) {
        this.classifier = new PairClassifier(config);
    }

    /** Groups of two or more entries, in order of their first member. */
    public List<DuplicateGroup> group(int count, IntFunction<DedupEntry> entries, List<Edge> edges) {
        UnionFind sets = new UnionFind(count);
        Map<Integer, List<Integer>> containers = new LinkedHashMap<>();
        Map<Integer, Edge> strongest = new HashMap<>();
        for (Edge e : edges) {
            strongest.merge(e.a(), e, DuplicateGrouper::stronger);
            strongest.merge(e.b(), e, DuplicateGrouper::stronger);
            if (e.relation() != Relation.CONTAINED) {
                sets.union(e.a(), e.b());
                continue;
            }
            boolean aSmaller = entries.apply(e.a()).signature().shingleCount() <= entries.apply(e.b()).signature().shingleCount();
            int small = aSmaller ? e.a() : e.b();
            containers.computeIfAbsent(small, k -> new ArrayList<>()).add(aSmaller ? e.b() : e.a());
        }
        List<Integer> contained = new ArrayList<>(containers.keySet());
        contained.sort(Comparator.comparingInt((Integer o) -> -entries.apply(o).signature().shingleCount()));
        for (int small : contained) {
            Set<Integer> roots = new HashSet<>();
            for (int c : containers.get(small)) roots.add(sets.find(c));
            roots.remove(sets.find(small));
            if (roots.size() == 1) sets.union(small, roots.iterator().next());
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            if (sets.size(i) > 1) byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<DuplicateGroup> groups = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) groups.add(describe(members, entries, strongest));
        return groups;
    }

    private DuplicateGroup describe(List<Integer> ordinals, IntFunction<DedupEntry> entries, Map<Integer, Edge> strongest) {
        List<DedupEntry> members = ordinals.stream().map(entries::apply).toList();
        CanonicalChooser.Choice choice = chooser.choose(members);
        DedupEntry canonical = choice.canonical();
        Relation loosest = Relation.EXACT;
        double weakest = 1.0;
        List<String> ids = new ArrayList<>();
        ids.add(canonical.id());
        for (int i = 0; i < members.size(); i++) {
            DedupEntry m = members.get(i);
            if (m == canonical) continue;
            ids.add(m.id());
            Optional<PairClassifier.Judgement> j = classifier.judge(canonical.signature(), m.signature());
            Relation r;
            double s;
            if (j.isPresent()) {
                r = j.get().relation();
                s = j.get().similarity();
            } else {
                Edge e = strongest.get(ordinals.get(i));
                r = e == null ? Relation.CONTAINED : e.relation();
                s = e == null ? 0 : e.similarity();
            }
            if (r.ordinal() > loosest.ordinal()) loosest = r;
            weakest = Math.min(weakest, s);
        }
        if ((loosest == Relation.EXACT || loosest == Relation.NEAR) && republished(members)) loosest = Relation.SYNDICATED;
        return new DuplicateGroup(canonical.id(), ids, loosest.label(), Math.round(weakest * 1000) / 1000.0, choice.reason());
    }

    private static Edge stronger(Edge x, Edge y) {
        return y.relation().ordinal() < x.relation().ordinal() ? y : x;
    }

    /** One text credited to a wire agency and carried by more than one outlet: syndication. */
    private static boolean republished(List<DedupEntry> members) {
        boolean wire = members.stream().anyMatch(m -> m.traits().wire() != null);
        long outlets = members.stream().map(m -> m.traits().outlet() == null ? "" : m.traits().outlet().toLowerCase())
                .distinct().count();
        return wire && outlets > 1;
    }

    /** Disjoint sets over ordinals, with union by size and path halving. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        int size(int x) {
            return size[find(x)];
        }

        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra == rb) return;
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }
    }
}
