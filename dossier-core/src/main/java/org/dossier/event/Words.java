package org.dossier.event;

import java.util.Locale;
import java.util.Set;

/**
 * Word normalization shared by the events and facts stages: a stop list and a light suffix
 * stemmer, so "released", "releases" and "release" meet, and "killing", "killed" and "kills" do.
 */
public final class Words {
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "from", "this", "was",
            "were", "are", "has", "have", "had", "been", "its", "his", "her", "their", "they", "them", "said",
            "says", "told", "will", "would", "could", "should", "not", "but", "who", "which", "what", "when",
            "where", "after", "before", "also", "than", "then", "there", "into", "over", "about", "more",
            "most", "some", "other", "one", "two", "three", "year", "years", "last", "first", "new", "our",
            "out", "off", "all", "any", "can", "may", "she", "him", "you", "per", "cent", "percent", "week",
            "day", "days", "month", "months", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "earlier", "later", "according", "reported", "reuters", "while", "such",
            "these", "those", "being", "because", "since", "until", "during", "between", "under", "against");

    private Words() {}

    public static boolean isStop(String lower) {
        return lower.length() < 3 || STOP.contains(lower);
    }

    /** A crude English stem: enough to join inflections of one word, never to join two words. */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 5 && w.endsWith("ing")) return trimDouble(w.substring(0, w.length() - 3));
        if (w.length() > 4 && w.endsWith("ied")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 4 && w.endsWith("ed")) return trimDouble(w.substring(0, w.length() - (w.endsWith("eed") ? 1 : 2)));
        if (w.length() > 4 && w.endsWith("es") && !w.endsWith("ees")) return w.substring(0, w.length() - 1);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.substring(0, w.length() - 1);
        if (w.length() > 4 && w.endsWith("e")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String trimDouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) return w.substring(0, n - 1);
        if (n > 3 && w.endsWith("e")) return w.substring(0, n - 1);
        return w;
    }
}
