package org.dossier.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import morfologik.fsa.FSA;

/**
 * The English word list the repairs trust: LanguageTool's spelling dictionaries for US and British
 * English ({@code org.languagetool:english-pos-dict}, LGPL-2.1), read with morfologik.
 *
 * <p>Why this one: it lists every inflected form ("prisoners", "pardoned", "cautioned"), not only
 * lemmas as WordNet does, so a repair can ask "is this token a word?" directly; it includes common
 * names of places, people and organisations, which news text is full of; British spellings come
 * with it ("fertiliser"); and it is small (two automata of ~0.5 and ~0.8 MB in a 4.5 MB jar) and
 * loads in about half a second, once per JVM. Hunspell files would need an affix engine; the
 * morfologik automaton is already expanded.
 *
 * <p>Besides membership it answers prefix and suffix queries over sorted arrays, which the
 * substitution repair uses to find which known words a corrupted token could have been.
 */
public final class EnglishDictionary implements Lexicon {
    private static final String[] RESOURCES = {
        "/org/languagetool/resource/en/hunspell/en_US.dict",
        "/org/languagetool/resource/en/hunspell/en_GB.dict",
    };

    private final Set<String> words;
    private final String[] sorted;
    private final String[] reversedSorted;

    private EnglishDictionary(Set<String> words) {
        this.words = words;
        this.sorted = words.toArray(new String[0]);
        Arrays.sort(sorted);
        this.reversedSorted = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) reversedSorted[i] = reverse(sorted[i]);
        Arrays.sort(reversedSorted);
    }

    private static final class Holder {
        static final EnglishDictionary INSTANCE = load();
    }

    /** The shared instance, loaded on first use. */
    public static EnglishDictionary get() {
        return Holder.INSTANCE;
    }

    /** A dictionary of the given words (for tests and small custom lexicons). */
    public static EnglishDictionary of(Set<String> words) {
        Set<String> lower = new HashSet<>();
        for (String w : words) lower.add(w.toLowerCase(Locale.ROOT));
        return new EnglishDictionary(lower);
    }

    private static EnglishDictionary load() {
        Set<String> words = new HashSet<>(400_000);
        for (String resource : RESOURCES) {
            try (InputStream in = EnglishDictionary.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("dictionary resource missing: " + resource);
                for (ByteBuffer entry : FSA.read(in)) {
                    String s = new String(entry.array(), entry.position(), entry.remaining(), StandardCharsets.UTF_8);
                    int sep = s.lastIndexOf('+');   // entries carry "+<frequency class>"
                    words.add((sep > 0 ? s.substring(0, sep) : s).toLowerCase(Locale.ROOT));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new EnglishDictionary(words);
    }

    @Override
    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    public int size() {
        return words.size();
    }

    /** Calls {@code out} with every word starting with {@code prefix}, up to {@code limit} words. */
    public void withPrefix(String prefix, int limit, java.util.function.Consumer<String> out) {
        scan(sorted, prefix, limit, out, false);
    }

    /** Calls {@code out} with every word ending with {@code suffix}, up to {@code limit} words. */
    public void withSuffix(String suffix, int limit, java.util.function.Consumer<String> out) {
        scan(reversedSorted, reverse(suffix), limit, out, true);
    }

    private static void scan(String[] array, String prefix, int limit, java.util.function.Consumer<String> out,
                             boolean reversed) {
        int i = Arrays.binarySearch(array, prefix);
        if (i < 0) i = -i - 1;
        for (int n = 0; i < array.length && n < limit && array[i].startsWith(prefix); i++, n++) {
            out.accept(reversed ? reverse(array[i]) : array[i]);
        }
    }

    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }
}
