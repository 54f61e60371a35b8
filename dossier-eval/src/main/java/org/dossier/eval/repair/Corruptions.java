package org.dossier.eval.repair;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.clean.Lexicon;

/**
 * Controlled corruptions injected into clean articles, each reproducing a way real copies go
 * wrong. Every injector is deterministic for a given random source, so runs are comparable.
 */
final class Corruptions {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** The ways UTF-8 gets mis-decoded. */
    enum Mojibake { WINDOWS_1252, LATIN_1, DOUBLE, LOSSY_DROPPED }

    private Corruptions() {}

    /**
     * Gives ASCII text the typographic characters a modern copy would have (curly apostrophes and
     * quotes, dashes, an accented name), so that mis-decoding has something to damage: the
     * corpora are largely ASCII, and mojibake only strikes outside ASCII.
     */
    static String typographic(String text) {
        String s = text.replaceAll("(?<=\\p{L})'(?=\\p{L})", "\u2019")
                .replaceAll("\"([^\"\\n]{1,300})\"", "\u201c$1\u201d")
                .replace(" -- ", " \u2014 ")
                .replace(" - ", " \u2013 ");
        return s + " (Reporting by Ren\u00e9e M\u00fcller in Z\u00fcrich; \u00a9 agency \u2022 page\u00a01.)";
    }

    /** UTF-8 bytes decoded the wrong way. */
    static String mojibake(String text, Mojibake kind) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return switch (kind) {
            case WINDOWS_1252 -> new String(utf8, WINDOWS_1252);   // undefined bytes become U+FFFD
            case LATIN_1 -> new String(utf8, StandardCharsets.ISO_8859_1);
            case DOUBLE -> new String(new String(utf8, WINDOWS_1252).getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
            case LOSSY_DROPPED -> new String(utf8, WINDOWS_1252).replace("\uFFFD", "");
        };
    }

    /** A random consistent substitution and the text it produced; {@code null} when none fits the text. */
    record Substitution(String from, String to, String corrupted, int words) {}

    /**
     * Replaces one letter sequence by another in every word (keeping case), choosing a sequence
     * that occurs in at least {@code minWords} distinct words and turns at least that many into
     * non-words: a substitution that only makes other real words cannot be seen by anyone.
     */
    static Substitution substitution(String text, Random random, Lexicon lexicon, int minWords) {
        List<String> words = new ArrayList<>(new HashSet<>(wordsOf(text)));
        words.sort(null);
        for (int attempt = 0; attempt < 50 && !words.isEmpty(); attempt++) {
            String w = words.get(random.nextInt(words.size()));
            if (w.length() < 5) continue;
            int len = 2 + random.nextInt(2);
            int at = random.nextInt(w.length() - len + 1);
            String from = w.substring(at, at + len);
            String to = randomLetters(random, 2 + random.nextInt(4));
            if (to.equals(from)) continue;
            Set<String> broken = new HashSet<>();
            for (String x : words) {
                if (x.contains(from) && !lexicon.contains(x.replace(from, to))) broken.add(x);
            }
            if (broken.size() < minWords) continue;
            return new Substitution(from, to, replaceInWords(text, from, to), broken.size());
        }
        return null;
    }

    private static List<String> wordsOf(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    private static String replaceInWords(String text, String from, String to) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            String replaced = lower.contains(from) ? recase(w, lower.replace(from, to)) : w;
            m.appendReplacement(sb, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String recase(String original, String lower) {
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) return lower.toUpperCase(Locale.ROOT);
        if (Character.isUpperCase(original.charAt(0))) return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return lower;
    }

    private static String randomLetters(Random random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append((char) ('a' + random.nextInt(26)));
        return sb.toString();
    }
}
