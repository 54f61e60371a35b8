package org.dossier.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import morfologik.fsa.FSA;

/**
 * The English word list the repairs trust: LanguageTool's spelling dictionaries for US and British
 * English ({@code org.languagetool:english-pos-dict}, LGPL-2.1), read with morfologik. The British
 * list brings the -ise, -our and -re spellings that a US-only list would take for corruption.
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
        "/org/languagetool/resource/en/hunspell/en_US",
        "/org/languagetool/resource/en/hunspell/en_GB",
    };

    private final Map<String, Integer> words;   // word -> frequency class, 0 (rare) to 25 (common)
    private final String[] sorted;
    private final String[] reversedSorted;
    /** The words in the order of {@link #reversedSorted}, so suffix queries need not reverse back. */
    private final String[] bySuffix;
    /** Characters that occur in some word, and the longest word: a token outside them is no word. */
    private final BitSet alphabet = new BitSet();
    private final int longest;

    private EnglishDictionary(Map<String, Integer> words) {
        this.words = words;
        this.sorted = words.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        String[][] pairs = new String[sorted.length][];
        int max = 0;
        for (int i = 0; i < sorted.length; i++) {
            pairs[i] = new String[] {reverse(sorted[i]), sorted[i]};
            max = Math.max(max, sorted[i].length());
            for (int k = 0; k < sorted[i].length(); k++) alphabet.set(sorted[i].charAt(k));
        }
        this.longest = max;
        Arrays.sort(pairs, (a, b) -> a[0].compareTo(b[0]));
        this.reversedSorted = new String[pairs.length];
        this.bySuffix = new String[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            reversedSorted[i] = pairs[i][0];
            bySuffix[i] = pairs[i][1];
        }
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
        Map<String, Integer> lower = new HashMap<>();
        for (String w : words) lower.put(w.toLowerCase(Locale.ROOT), 0);
        return new EnglishDictionary(lower);
    }

    private static EnglishDictionary load() {
        Map<String, Integer> words = new HashMap<>(600_000);
        for (String resource : RESOURCES) {
            char separator = separator(resource + ".info");
            try (InputStream in = EnglishDictionary.class.getResourceAsStream(resource + ".dict")) {
                if (in == null) throw new IllegalStateException("dictionary resource missing: " + resource);
                for (ByteBuffer entry : FSA.read(in)) {
                    String s = new String(entry.array(), entry.position(), entry.remaining(), StandardCharsets.UTF_8);
                    int sep = s.lastIndexOf(separator);   // entries end with "<separator><frequency class A-Z>"
                    String word = (sep > 0 ? s.substring(0, sep) : s).toLowerCase(Locale.ROOT);
                    int frequency = sep > 0 && sep + 1 < s.length() ? Math.max(0, s.charAt(sep + 1) - 'A') : 0;
                    words.merge(word, frequency, Math::max);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new EnglishDictionary(words);
    }

    /** The entry separator the dictionary's {@code .info} file declares (they differ between the lists). */
    private static char separator(String info) {
        Properties p = new Properties();
        try (InputStream in = EnglishDictionary.class.getResourceAsStream(info)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sep = p.getProperty("fsa.dict.separator", "+");
        return sep.isEmpty() ? '+' : sep.charAt(0);
    }

    @Override
    public boolean contains(String lowerCaseWord) {
        return couldBeWord(lowerCaseWord) && words.containsKey(lowerCaseWord);
    }

    /**
     * False for a token no entry can equal: longer than every word or holding a character no word
     * has (digits, symbols, other scripts). Cheaper than hashing the token and missing the table,
     * which is the common case for the unknown tokens repairs look at.
     */
    private boolean couldBeWord(String token) {
        if (token.length() > longest) return false;
        for (int i = 0; i < token.length(); i++) if (!alphabet.get(token.charAt(i))) return false;
        return true;
    }

    /** How common the word is, 0 (rare or unknown) to 25 (most common), from the lists' frequency classes. */
    public int frequency(String lowerCaseWord) {
        return couldBeWord(lowerCaseWord) ? words.getOrDefault(lowerCaseWord, 0) : 0;
    }

    public int size() {
        return words.size();
    }

    /** Calls {@code out} with every word starting with {@code prefix}, up to {@code limit} words. */
    public void withPrefix(String prefix, int limit, java.util.function.Consumer<String> out) {
        scan(sorted, sorted, prefix, limit, out);
    }

    /** Calls {@code out} with every word ending with {@code suffix}, up to {@code limit} words. */
    public void withSuffix(String suffix, int limit, java.util.function.Consumer<String> out) {
        scan(reversedSorted, bySuffix, reverse(suffix), limit, out);
    }

    /** Hands on {@code words[i]} for each {@code keys[i]} starting with {@code prefix}. */
    private static void scan(String[] keys, String[] words, String prefix, int limit,
            java.util.function.Consumer<String> out) {
        int i = Arrays.binarySearch(keys, prefix);
        if (i < 0) i = -i - 1;
        for (int n = 0; i < keys.length && n < limit && keys[i].startsWith(prefix); i++, n++) out.accept(words[i]);
    }

    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }
}
