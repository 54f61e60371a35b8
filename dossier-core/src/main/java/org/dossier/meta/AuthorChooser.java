package org.dossier.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;

/**
 * Chooses the authors: the most trusted origin that yields at least one real name wins whole
 * (mixing origins would list "Jane Doe" twice in different spellings). Agencies found in author
 * slots ("By Reuters Staff", {@code <meta name=author content="AFP">}) are handed back as wire
 * candidates, since an agency is not an author.
 */
final class AuthorChooser {
    private static final int MAX_AUTHORS = 8;
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile("\\.[a-z]{2,10}$|admin");

    /** The authors, and wire candidates found among the author values. */
    record Choice(List<String> authors, List<MetadataCandidate> wires) {}

    private AuthorChooser() {}

    /**
     * @param siteNames the site's names: a site named in an author slot ("ORF.at", "Valley Post")
     *                  is no person
     */
    static Choice choose(List<MetadataCandidate> all, java.util.Collection<String> siteNames) {
        Map<String, List<MetadataCandidate>> byOrigin = new LinkedHashMap<>();
        all.stream().filter(c -> c.field() == MetadataField.AUTHOR)
                .sorted(Comparator.comparingDouble(MetadataCandidate::confidence).reversed())
                .forEach(c -> byOrigin.computeIfAbsent(c.origin(), k -> new ArrayList<>()).add(c));
        List<MetadataCandidate> wires = new ArrayList<>();
        List<String> chosen = null;
        for (Map.Entry<String, List<MetadataCandidate>> e : byOrigin.entrySet()) {
            List<String> names = new ArrayList<>();
            for (MetadataCandidate c : e.getValue()) {
                Bylines.Byline b = structured(c.origin()) ? Bylines.fromMetadata(c.value())
                        : Bylines.fromMarkup(c.value()).orElse(null);
                if (b == null) continue;
                for (String agency : b.agencies()) {
                    wires.add(new MetadataCandidate(MetadataField.WIRE, agency, c.origin(), c.confidence()));
                }
                for (String n : b.authors()) {
                    if (!containsName(names, n) && !namesSite(n, siteNames) && !DOMAIN.matcher(n).find()) names.add(n);
                }
            }
            if (chosen == null && !names.isEmpty()) chosen = names;
        }
        List<String> authors = chosen == null ? List.of() : chosen.subList(0, Math.min(MAX_AUTHORS, chosen.size()));
        return new Choice(authors, wires);
    }

    /**
     * Values put in an author slot by the publisher (meta tags, JSON-LD, author links and
     * microdata), as opposed to byline text read off the page, which must look like a name.
     */
    private static boolean structured(String origin) {
        return origin.startsWith("meta:") || origin.startsWith("json-ld") || origin.startsWith("carrier:")
                || origin.equals("html:rel-author") || origin.equals("html:itemprop-author") || origin.equals("html:vcard");
    }

    /** A stated site name that reads like a publication (a blog named after its author stays). */
    private static boolean namesSite(String name, java.util.Collection<String> siteNames) {
        String k = Titles.key(name);
        return OutletNames.looksLikeOutlet(name) && siteNames.stream().anyMatch(s -> Titles.key(s).equals(k));
    }

    private static boolean containsName(List<String> names, String name) {
        String k = Titles.key(name);
        return names.stream().anyMatch(n -> Titles.key(n).equals(k));
    }
}
