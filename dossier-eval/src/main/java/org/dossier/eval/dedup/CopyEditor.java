package org.dossier.eval.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Makes copies of a text with the edits real copies carry, each edit alone so recall can be read
 * per edit: reflow, trims, a new headline, boilerplate, systematic character corruption, typos,
 * paragraph reordering, and syndication (new headline, own lead, different ending).
 */
final class CopyEditor {
    /** Page furniture of an imaginary news site, written for this benchmark. */
    private static final List<String> FURNITURE = List.of(
            "Skip to main content", "Home | World | Business | Sport | Culture | Opinion",
            "Sign up for our morning briefing and get the day's top stories in your inbox",
            "Share this story on social media", "We use cookies to improve your experience. Accept all cookies",
            "Most read this week", "Advertisement", "All rights reserved by the publisher",
            "Follow us for live updates throughout the day", "Related coverage from our correspondents",
            "Report a correction or send us a tip", "Download our app to read offline");
    private static final String[][] SUBSTITUTIONS = {{"one", "start"}, {"tion", "tn"}, {"er", "xr"}, {"ou", "uo"}, {"an", "aan"}};

    private final SplittableRandom random;
    private final List<String> vocabulary;

    CopyEditor(long seed, List<String> vocabulary) {
        this.random = new SplittableRandom(seed);
        this.vocabulary = vocabulary;
    }

    /** The edits by name. Each takes the text and a headline taken from another story. */
    List<String> edits() {
        return List.of("reflow", "trim", "headline", "boilerplate", "corruption", "typos", "reorder", "syndication");
    }

    String apply(String edit, String text, String otherHeadline) {
        BiFunction<String, String, String> f = switch (edit) {
            case "reflow" -> (t, h) -> reflow(t);
            case "trim" -> (t, h) -> trim(t);
            case "headline" -> (t, h) -> h + "\n\n" + t;
            case "boilerplate" -> (t, h) -> furniture(3) + "\n\n" + t + "\n\n" + furniture(4);
            case "corruption" -> (t, h) -> corrupt(t);
            case "typos" -> (t, h) -> typos(t);
            case "reorder" -> (t, h) -> reorder(t);
            case "syndication" -> (t, h) -> syndicate(t, h);
            default -> throw new IllegalArgumentException(edit);
        };
        return f.apply(text, otherHeadline);
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n|\\n(?=\\s{2,})")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    private String reflow(String text) {
        int width = 40 + random.nextInt(40);
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs(text)) {
            int col = 0;
            for (String w : p.split("\\s+")) {
                if (col > 0 && col + w.length() > width) {
                    sb.append('\n');
                    col = 0;
                } else if (col > 0) {
                    sb.append(' ');
                    col++;
                }
                sb.append(w);
                col += w.length();
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** Keeps the first 30-90% of the paragraphs (at least one); a brief or a trimmed re-post. */
    private String trim(String text) {
        List<String> ps = paragraphs(text);
        int keep = Math.max(1, (int) Math.ceil(ps.size() * (0.3 + 0.6 * random.nextDouble())));
        return String.join("\n\n", ps.subList(0, Math.min(keep, ps.size())));
    }

    private String furniture(int lines) {
        List<String> f = new ArrayList<>(FURNITURE);
        Collections.shuffle(f, new java.util.Random(random.nextLong()));
        return String.join("\n", f.subList(0, lines));
    }

    /** One consistent substring substitution in every word that holds it (as in a broken converter). */
    private String corrupt(String text) {
        String[] s = SUBSTITUTIONS[random.nextInt(SUBSTITUTIONS.length)];
        return text.replace(s[0], s[1]);
    }

    /** In about 2% of words, two neighbouring letters swapped or one dropped. */
    private String typos(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 1; i < sb.length() - 1; i++) {
            if (!Character.isLetter(sb.charAt(i)) || Character.isLetter(sb.charAt(i - 1)) || random.nextDouble() >= 0.02) continue;
            int at = i + random.nextInt(3);
            if (at + 1 >= sb.length() || !Character.isLetter(sb.charAt(at + 1))) continue;
            if (random.nextBoolean()) {
                char c = sb.charAt(at);
                sb.setCharAt(at, sb.charAt(at + 1));
                sb.setCharAt(at + 1, c);
            } else {
                sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }

    private String reorder(String text) {
        List<String> ps = paragraphs(text);
        if (ps.size() > 2) {
            List<String> tail = new ArrayList<>(ps.subList(1, ps.size()));
            Collections.shuffle(tail, new java.util.Random(random.nextLong()));
            ps = new ArrayList<>(ps.subList(0, 1));
            ps.addAll(tail);
        }
        return String.join("\n\n", ps);
    }

    /** Another outlet's version: its own headline and lead, the wire body, the last paragraph cut, its own ending. */
    private String syndicate(String text, String headline) {
        List<String> ps = paragraphs(text);
        if (ps.size() > 3) ps = ps.subList(0, ps.size() - 1);
        return headline + "\n\n" + words(20 + random.nextInt(20)) + "\n\n" + String.join("\n\n", ps) + "\n\n"
                + words(10 + random.nextInt(15));
    }

    /** Words drawn at random from the corpus vocabulary: new text that shares no shingles by design. */
    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
        return sb.append('.').toString();
    }
}
