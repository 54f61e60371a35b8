package org.dossier.eval.dedup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the duplicate benchmark in code: every Reuters-21578 and BBC story as it is (with their
 * real duplicate groups), generated copies of a deterministic selection of stories under each edit
 * of {@link CopyEditor}, and hard negatives — two different stories of one topic dressed in the same
 * site furniture, as two articles of one outlet would be.
 */
final class BenchmarkBuilder {
    static final String HARD_NEGATIVE = "same-outlet-pair";
    private final long seed;
    private final int copiesPerEdit;
    private final int hardNegatives;

    BenchmarkBuilder(long seed, int copiesPerEdit, int hardNegatives) {
        this.seed = seed;
        this.copiesPerEdit = copiesPerEdit;
        this.hardNegatives = hardNegatives;
    }

    List<BenchDoc> build(Path corpora) throws IOException {
        List<BenchDoc> corpus = new ArrayList<>(CorpusReader.reuters(corpora.resolve("reuters21578")));
        corpus.addAll(CorpusReader.bbc(corpora.resolve("bbc")));
        List<BenchDoc> out = new ArrayList<>(corpus);
        CopyEditor editor = new CopyEditor(seed, vocabulary(corpus));
        SplittableRandom random = new SplittableRandom(seed);
        List<BenchDoc> sources = corpus.stream().filter(d -> CopyEditor.paragraphs(d.text()).size() >= 4
                && d.text().split("\\s+").length >= 120).toList();
        int n = 0;
        for (String edit : editor.edits()) {
            for (int i = 0; i < copiesPerEdit; i++) {
                BenchDoc src = sources.get(random.nextInt(sources.size()));
                BenchDoc other = sameTopic(sources, src, random);
                String text = editor.apply(edit, src.text(), firstLine(other.text()));
                out.add(new BenchDoc("gen:" + (n++) + ":" + edit, text, src.topic(), src.origin(), edit));
            }
        }
        for (int i = 0; i < hardNegatives; i++) {
            BenchDoc a = sources.get(random.nextInt(sources.size()));
            BenchDoc b = sameTopic(sources, a, random);
            for (BenchDoc d : List.of(a, b)) {
                String text = editor.apply("boilerplate", d.text(), "");
                out.add(new BenchDoc("gen:" + (n++) + ":" + HARD_NEGATIVE, text, d.topic(), "pair" + i + ":" + d.id(), HARD_NEGATIVE));
            }
        }
        return out;
    }

    private static BenchDoc sameTopic(List<BenchDoc> docs, BenchDoc src, SplittableRandom random) {
        for (int tries = 0; tries < 1000; tries++) {
            BenchDoc d = docs.get(random.nextInt(docs.size()));
            if (d.topic().equals(src.topic()) && !d.text().equals(src.text())) return d;
        }
        return docs.get(random.nextInt(docs.size()));
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 120 ? line.substring(0, 120) : line;
    }

    private static List<String> vocabulary(List<BenchDoc> docs) {
        Set<String> words = new LinkedHashSet<>();
        for (BenchDoc d : docs) {
            for (String w : d.text().split("[^\\p{L}]+")) if (w.length() > 3) words.add(w.toLowerCase());
            if (words.size() > 20000) break;
        }
        return new ArrayList<>(words);
    }
}
