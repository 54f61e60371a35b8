package org.dossier.facts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a dossier uses for a slot: "the number of political prisoners released", "the
 * amount paid (EUR)", "the share of Albers". A slot's key is made of stems and classes so that
 * reports in different words meet ("homes" and "houses", "killed" and "died"); a reader needs the
 * sources' own noun back, in the plural, and the action as a participle, because the label is
 * read inside sentences ("Sources differ on the number of dock workers on strike: ...").
 */
final class SlotLabel {
    /** How a slot's action reads after the counted noun. */
    private static final Map<String, String> PARTICIPLES = Map.ofEntries(
            Map.entry("death", "killed"), Map.entry("injury", "injured"), Map.entry("release", "released"),
            Map.entry("arrest", "arrested"), Map.entry("evacuate", "evacuated"), Map.entry("missing", "missing"),
            Map.entry("destroy", "destroyed"), Map.entry("strike", "on strike"), Map.entry("demand", "demanded"),
            Map.entry("offer", "offered"), Map.entry("employ", "employed"), Map.entry("pay", "paid"),
            Map.entry("loss", "lost"), Map.entry("cost", "in cost"), Map.entry("vote", "in the vote"),
            Map.entry("testify", "testifying"), Map.entry("sentence", "of the sentence"));
    /** Actions that a length of time has ("a six-year sentence", "a 48-hour strike"); others are the clause's, not the duration's. */
    private static final Set<String> DURATION_ACTIONS = Set.of("sentence", "strike", "demand", "offer", "testify");
    /** Words in a counted phrase that say how many more, not what: "three more bodies". */
    private static final Set<String> NOT_THE_THING = Set.of("more", "other", "further", "additional");
    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("person", "people", "man", "men",
            "woman", "women", "child", "children", "people", "people", "staff", "staff", "police", "police");

    private SlotLabel() {}

    /**
     * The label of the slot the claims share.
     *
     * @param surnames the last words of the people the event names: a share held by one of them
     *                 reads with the name capitalized
     */
    static String of(List<Claim> claims, Set<String> surnames) {
        Slot slot = claims.get(0).slot();
        String what = slot.what();
        if (slot.action().startsWith(Slot.PART)) {
            return "the number of " + noun(claims, what) + " " + slot.action().substring(Slot.PART.length());
        }
        boolean duration = CountedNouns.isTime(what);
        String action = slot.hasAction() && (!duration || DURATION_ACTIONS.contains(slot.action()))
                ? participle(slot.action()) : null;
        if (what.equals("clock")) return "the time";
        if (what.equals("%")) {
            String share = slot.holder().isEmpty() ? "the share" : "the share of " + holder(slot.holder(), surnames);
            return action == null ? share : share + " " + action;
        }
        if (what.matches("[A-Z]{3}")) {
            String amount = "cost".equals(slot.action()) ? "the cost" : "vote".equals(slot.action()) ? "the amount approved"
                    : action == null ? "the amount" : "the amount " + action;
            return amount + " (" + what + ")";
        }
        if (!slot.counts()) return action == null ? "the number" : "the number " + action;
        String label = "the number of " + noun(claims, what);
        if (!slot.holder().isEmpty()) label += " of " + holder(slot.holder(), surnames);
        return action == null ? label : label + " " + action;
    }

    /** How an action group reads after what it happened to ("released", "killed", "on strike"). */
    static String participle(String action) {
        return PARTICIPLES.getOrDefault(action, action);
    }

    /** The counted noun the sources use most for this slot, in the plural; the slot's own when none fits. */
    private static String noun(List<Claim> claims, String what) {
        Map<String, Integer> votes = new HashMap<>();
        for (Claim c : claims) {
            String counted = c.quantity().counted();
            if (counted == null || !CountedNouns.key(counted).equals(what)) continue;
            votes.merge(thing(counted, c.quantity().text()), 1, Integer::sum);
        }
        String best = votes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(what);
        return plural(best);
    }

    /**
     * The counted phrase without words about how many more and without a relative clause ("men
     * who"), each word lower case unless the source capitalizes it mid-phrase ("Belarusian banks").
     */
    private static String thing(String counted, String surface) {
        Map<String, String> cased = new HashMap<>();
        for (String w : surface.split("[^\\p{L}]+")) {
            boolean capitalized = w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
            if (capitalized && !surface.startsWith(w)) cased.put(w.toLowerCase(Locale.ROOT), w);
        }
        StringBuilder out = new StringBuilder();
        for (String w : counted.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (w.equals("who") || w.equals("which") || w.equals("that")) break;
            if (NOT_THE_THING.contains(w)) continue;
            if (out.length() > 0) out.append(' ');
            out.append(cased.getOrDefault(w, w));
        }
        return out.toString();
    }

    /** The plural of a lemma phrase: its last word inflected; an abbreviation ("km") stays as it is. */
    static String plural(String phrase) {
        int sp = phrase.lastIndexOf(' ');
        String head = phrase.substring(sp + 1);
        String irregular = IRREGULAR_PLURALS.get(head);
        String plural;
        if (irregular != null) plural = irregular;
        else if (IRREGULAR_PLURALS.containsValue(head)) plural = head;
        else if (head.length() <= 3 && !head.matches(".*[aeiou].*")) plural = head;
        else if (head.matches(".*(s|x|z|ch|sh)")) plural = head + "es";
        else if (head.matches(".*[^aeiou]y")) plural = head.substring(0, head.length() - 1) + "ies";
        else plural = head + "s";
        return phrase.substring(0, sp + 1) + plural;
    }

    private static String holder(String holder, Set<String> surnames) {
        return surnames.contains(holder) ? Character.toUpperCase(holder.charAt(0)) + holder.substring(1) : holder;
    }
}
