package org.dossier.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The compact, serializable map from cleaned-text offsets back to raw-input offsets.
 *
 * <p>Stored as runs: each {@link Run} says that cleaned characters [clean, clean + length) come
 * from raw characters [raw, raw + length). Characters that were inserted (separators, repaired
 * text) form runs of their own. This is what {@code dossier.json} and the workspace keep; during
 * cleaning the per-character {@link MappedText} is used instead.
 */
public record OffsetMap(List<Run> runs, int cleanLength) {

    /** Cleaned [clean, clean+length) comes from raw [raw, raw+length). */
    public record Run(int clean, int raw, int length) {}

    public OffsetMap {
        runs = List.copyOf(runs);
    }

    static OffsetMap fromPerCharacter(int[] rawOffsets, int length) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < length) {
            int j = i + 1;
            while (j < length && rawOffsets[j] == rawOffsets[j - 1] + 1) j++;
            runs.add(new Run(i, rawOffsets[i], j - i));
            i = j;
        }
        return new OffsetMap(runs, length);
    }

    /** Raw offset of cleaned offset {@code clean} (the end offset maps past the last run). */
    public int toRaw(int clean) {
        if (runs.isEmpty()) return 0;
        int lo = 0, hi = runs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runs.get(mid).clean() <= clean) lo = mid; else hi = mid - 1;
        }
        Run r = runs.get(lo);
        return r.raw() + Math.min(clean - r.clean(), r.length());
    }

    /** The raw span of a cleaned span. */
    public Span toRaw(Span clean) {
        if (clean.length() == 0) return new Span(toRaw(clean.start()), toRaw(clean.start()));
        int a = toRaw(clean.start());
        int b = toRaw(clean.end() - 1) + 1;
        return new Span(Math.min(a, b - 1), Math.max(a + 1, b));
    }
}
