package org.dossier.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a host into the outlet's name when a page does not state it: a table of well-known
 * outlets whose names cannot be read off the domain ({@code wsj.com}), else the domain label split
 * into words ({@code thedailyherald.com} gives "The Daily Herald"; {@code abc.com} gives "ABC").
 */
public final class OutletNames {
    private static final Map<String, String> KNOWN = readKnown();
    private static final Set<String> WORDS = readWords();

    private static final java.util.regex.Pattern TAGLINE_SEPARATOR =
            java.util.regex.Pattern.compile("\\s+(?:\\||-|–|—|::|·|•)\\s+|:\\s+");
    private static final java.util.regex.Pattern NAME_WORD =
            java.util.regex.Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’&-]*|of|the|and|de|la|le|du|&");

    private OutletNames() {}

    /**
     * A stated site name less its tagline: feeds and pages often title themselves "Name – what we
     * cover" ("Valley Post – News from the valley"). The tagline is cut when the part before the
     * separator is written as a name (capitalised words) and the part after is not (it holds
     * lowercase words, as a slogan does).
     */
    public static String withoutTagline(String stated) {
        java.util.regex.Matcher m = TAGLINE_SEPARATOR.matcher(stated);
        if (!m.find()) return stated;
        String name = stated.substring(0, m.start()).strip();
        String rest = stated.substring(m.end()).strip();
        return isName(name) && !isName(rest) && rest.matches(".*\\b\\p{Ll}{2,}\\b.*") ? name : stated;
    }

    /**
     * The publication named by a running page header ("VALLEY POST | Business & Energy" gives
     * "Valley Post"): the part before the header's separator when it is written as a name of two to
     * six words; capitals are turned into title case, except short acronyms.
     */
    public static java.util.Optional<String> fromRunningHeader(String header) {
        java.util.regex.Matcher m = TAGLINE_SEPARATOR.matcher(header.strip());
        if (!m.find()) return java.util.Optional.empty();
        String name = header.strip().substring(0, m.start()).strip();
        int words = name.split("\\s+").length;
        if (words < 2 || !isName(name)) return java.util.Optional.empty();
        if (!name.equals(name.toUpperCase(Locale.ROOT))) return java.util.Optional.of(name);
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (sb.length() > 0) sb.append(' ');
            boolean acronym = w.length() <= 3 && !w.matches("THE|AND|OF");
            String lower = w.toLowerCase(Locale.ROOT);
            sb.append(acronym ? w : w.equals("OF") || w.equals("AND") ? lower
                    : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return java.util.Optional.of(sb.toString());
    }

    private static boolean isName(String s) {
        String[] words = s.split("\\s+");
        if (s.isBlank() || words.length > 6) return false;
        for (String w : words) if (!NAME_WORD.matcher(w).matches()) return false;
        return true;
    }

    /** The outlet name for a host, or {@code null} for a host without a usable label. */
    public static String fromHost(String host) {
        if (host == null || host.isBlank() || host.matches("[\\d.:]+|localhost")) return null;
        String h = host.toLowerCase(Locale.ROOT);
        for (String candidate = h; candidate.contains("."); candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            String known = KNOWN.get(candidate);
            if (known != null) return known;
        }
        String label = UrlFacts.siteLabel(h);
        if (label.length() <= 4 && !WORDS.contains(label)) return label.toUpperCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String part : label.split("-")) words.addAll(segment(part));
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * Whether a name reads like a publication's rather than a person's: one word, or a word that
     * outlet names are made of ("Zeitung", "Times", "Online"). A personal blog named after its
     * author ("Jane Doe") does not.
     */
    public static boolean looksLikeOutlet(String name) {
        String[] tokens = name.toLowerCase(Locale.ROOT).split("[\\s'’-]+");
        if (tokens.length == 1) return true;
        for (String t : tokens) {
            if (WORDS.contains(t) && t.length() > 3) return true;
            for (String end : OUTLET_ENDINGS) if (t.endsWith(end)) return true;
        }
        return false;
    }

    private static final String[] OUTLET_ENDINGS = {"zeitung", "magazin", "magazine", "blatt", "news", "online", "tv", "radio", "media"};

    /**
     * Splits a run of letters into known words with as few unknown letters as possible; letters
     * between known words stay together as one unknown word.
     */
    static List<String> segment(String s) {
        int n = s.length();
        double[] cost = new double[n + 1];
        int[] back = new int[n + 1];
        java.util.Arrays.fill(cost, Double.MAX_VALUE);
        cost[0] = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 0; j < i; j++) {
                if (cost[j] == Double.MAX_VALUE) continue;
                String piece = s.substring(j, i);
                boolean known = piece.length() >= 2 && WORDS.contains(piece);
                double c = cost[j] + (known ? 0.5 : piece.length() + 0.5);
                if (!known && j > 0 && back[j] >= 0 && !WORDS.contains(s.substring(back[j], j))) continue;
                if (c < cost[i]) {
                    cost[i] = c;
                    back[i] = j;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = n; i > 0; i = back[i]) out.add(0, s.substring(back[i], i));
        return out;
    }

    private static Map<String, String> readKnown() {
        Map<String, String> map = new HashMap<>();
        for (String line : lines("known-outlets.tsv")) {
            String[] f = line.split("\t");
            if (f.length == 2) map.put(f[0].strip(), f[1].strip());
        }
        return Map.copyOf(map);
    }

    private static Set<String> readWords() {
        Set<String> words = new HashSet<>();
        for (String line : lines("outlet-words.txt")) words.addAll(List.of(line.strip().split("\\s+")));
        return Set.copyOf(words);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = OutletNames.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
