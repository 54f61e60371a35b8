package org.dossier.eval.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The baseline a Java user would reach for: Lucene's analysis chain (standard tokenizer, lower
 * case, 4-word {@link ShingleFilter}, {@link MinHashFilter} with 128 hashes) for the signature, and
 * the same LSH banding (32 bands of 4) in a hash map for the candidate search.
 */
final class LuceneMinHashBaseline {
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(source), 4, 4);
            shingles.setOutputUnigrams(false);
            shingles.setOutputUnigramsIfNoShingles(true);
            TokenStream minHash = new MinHashFilter(shingles, 1, 128, 1, true);
            return new TokenStreamComponents(source, minHash);
        }
    };
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private int count;

    /** Signs one text, looks up its candidates, indexes it; returns the number of candidates. */
    int add(String text) {
        List<String> hashes = signature(text);
        int candidates = 0;
        int id = count++;
        for (int b = 0; b + 4 <= hashes.size(); b += 4) {
            long key = b;
            for (int r = b; r < b + 4; r++) key = key * 31 + hashes.get(r).hashCode();
            List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(1));
            candidates += bucket.size();
            bucket.add(id);
        }
        return candidates;
    }

    private List<String> signature(String text) {
        List<String> out = new ArrayList<>(128);
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
