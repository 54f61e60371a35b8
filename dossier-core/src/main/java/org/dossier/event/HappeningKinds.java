package org.dossier.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.rules.Token;

/**
 * What kind of happening a headline reports: a release, an arrest, a strike, an agreement, an
 * accident or disaster, a vote, a trial, testimony, a verdict, a funding decision, a closure, a
 * protest, an attack, a resignation. Why: the happenings of one storyline share every name (the
 * strike and the pay deal that ends it, the trial's opening and its verdict), so names cannot keep
 * them apart; what the headline says happened can. A small lexicon of everyday news verbs and
 * nouns, matched on the word or its stem; words that go with many kinds ("dead", "toll", "wins")
 * are left out, because they do not say which happening it was.
 */
public final class HappeningKinds {
    private static final Map<String, String> KIND = new HashMap<>();

    static {
        kind("release", "release", "releases", "released", "releasing", "free", "frees", "freed", "freeing",
                "pardon", "pardons", "pardoned", "amnesty");
        kind("arrest", "arrest", "arrests", "arrested", "detain", "detains", "detained", "detention", "custody",
                "raid", "raids", "raided");
        kind("strike", "strike", "strikes", "striking", "walkout", "walkouts", "stoppage", "stoppages", "picket",
                "pickets");
        kind("agreement", "deal", "deals", "agreement", "agreements", "settle", "settles", "settled", "settlement",
                "accord", "pact", "truce", "ceasefire");
        kind("disaster", "crash", "crashes", "crashed", "collision", "collide", "collides", "collided", "derail",
                "derails", "derailed", "derailment", "sink", "sinks", "sank", "sunk", "capsize", "capsizes",
                "capsized", "overturned", "overturns", "sunken", "explosion", "explosions", "blast", "blasts", "fire", "fires", "blaze", "landslide",
                "landslides", "mudslide", "mudslides", "rockfall", "flood", "floods", "flooding", "earthquake",
                "quake", "avalanche", "storm", "accident", "accidents", "wreck", "wrecked");
        kind("vote", "election", "elections", "elected", "ballot", "referendum",
                "run-off", "runoff", "poll", "polls");
        kind("trial", "trial", "trials", "plead", "pleads", "pleaded", "indict", "indicts", "indicted",
                "indictment", "charged");
        kind("testimony", "testify", "testifies", "testified", "testimony", "witness", "witnesses");
        kind("verdict", "verdict", "convict", "convicts", "convicted", "acquit", "acquits", "acquitted",
                "sentence", "sentences", "sentenced", "jail", "jails", "jailed", "imprisoned");
        kind("funding", "approve", "approves", "approved", "funding", "package", "aid", "rebuild", "rebuilds",
                "rebuilding", "reconstruction", "budget", "grant", "grants");
        kind("closure", "close", "closes", "closed", "closure", "closures", "shut", "shuts", "shutdown");
        kind("protest", "protest", "protests", "protesters", "demonstration", "demonstrators", "rally", "rallies");
        kind("attack", "attack", "attacks", "attacked", "shooting", "shootings", "bombing", "stabbing", "gunman");
        kind("resignation", "resign", "resigns", "resigned", "resignation", "quits");
    }

    /** Steps that follow a happening and name it only as their context ("captain of capsized ferry charged"). */
    private static final Set<String> FOLLOW_UPS = Set.of("trial", "testimony", "verdict", "arrest", "funding");
    /** Happenings that later steps name as their context. */
    private static final Set<String> CONTEXT = Set.of("disaster", "attack");

    private HappeningKinds() {}

    private static void kind(String kind, String... words) {
        for (String w : words) KIND.put(w, kind);
    }

    /** The kind a word names ("jailed" is a verdict), or null when it names none. */
    public static String of(String word) {
        return KIND.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The kinds of happening a headline's words name. A legal or funding step (a charge, a
     * verdict, a rebuilding package) names the disaster it follows only as context, so then the
     * disaster is not its kind.
     */
    public static Set<String> of(List<Token> headline) {
        Set<String> out = new HashSet<>();
        for (Token t : headline) {
            String k = of(t.word());
            if (k != null) out.add(k);
        }
        for (String k : FOLLOW_UPS) {
            if (out.contains(k)) {
                out.removeAll(CONTEXT);
                break;
            }
        }
        return out;
    }

    /**
     * Whether two happenings are told apart by their kinds: both known, and no kind in common
     * ("accept pay deal" against "dockers strike"). Unknown kinds tell nothing.
     */
    public static boolean apart(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        for (String k : a) if (b.contains(k)) return false;
        return true;
    }

    /** Whether both name a kind and share one. */
    public static boolean same(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !apart(a, b);
    }
}
