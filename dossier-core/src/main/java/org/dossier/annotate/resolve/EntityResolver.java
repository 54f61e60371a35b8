package org.dossier.annotate.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.resolve.ResolvedEntities.MentionRef;
import org.dossier.model.Entity;

/**
 * Cross-document entity resolution: one {@link Entity} per real-world referent across the corpus.
 *
 * <p>People: full names merge when their surnames agree across romanizations and their given and
 * middle names are compatible ("Alexander Lukashenko" / "Aleksandr G. Lukashenko"); honorifics are
 * ignored. A surname alone joins the person of that surname named in full in the same article
 * (the nearest one before it), else the only person of that surname in the whole corpus; when two
 * different people share the surname and the article does not say which, it stays a separate
 * entity rather than being merged on a guess. Organizations and places merge on their normalized
 * name and on acronyms ("European Union" / "EU", "United States" / "U.S."). A one-word
 * organization, place or other tag that is the surname of a person named in full in the same
 * article ("the Smith administration", "Smith's rule") is read as that person: taggers often
 * mistype a surname used as a modifier.
 */
public final class EntityResolver {
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "to", "a", "an",
            "at", "de", "du", "la", "le", "&");

    public ResolvedEntities resolve(List<AnnotatedArticle> articles) {
        Clusters clusters = new Clusters();
        // people named in full first, so that surnames alone can find them
        for (AnnotatedArticle a : articles) {
            for (EntityMention m : a.entities()) {
                if (m.type() == EntityType.PERSON && PersonName.parse(m.text()).isFull()) clusters.addFullName(a, m);
            }
        }
        for (AnnotatedArticle a : articles) {
            for (EntityMention m : a.entities()) {
                if (m.type() == EntityType.PERSON && !PersonName.parse(m.text()).isFull()) clusters.addSurname(a, m);
                else if (m.type() != EntityType.PERSON) clusters.addName(a, m);
            }
        }
        return clusters.build();
    }

    /** The clusters under construction; each becomes one entity. */
    private static final class Clusters {
        private final List<Cluster> all = new ArrayList<>();
        private final Map<MentionRef, Cluster> byMention = new LinkedHashMap<>();

        void addFullName(AnnotatedArticle a, EntityMention m) {
            PersonName name = PersonName.parse(m.text());
            for (Cluster c : all) {
                if (c.type == EntityType.PERSON && c.fullNames.stream().allMatch(name::compatibleWith)) {
                    c.add(a, m, name);
                    byMention.put(ref(a, m), c);
                    return;
                }
            }
            Cluster c = new Cluster(EntityType.PERSON);
            c.add(a, m, name);
            all.add(c);
            byMention.put(ref(a, m), c);
        }

        void addSurname(AnnotatedArticle a, EntityMention m) {
            Cluster c = personBySurname(a, m);
            if (c == null) c = surnameOnly(PersonName.parse(m.text()).surname());
            c.add(a, m, null);
            byMention.put(ref(a, m), c);
        }

        void addName(AnnotatedArticle a, EntityMention m) {
            if (!m.text().contains(" ")) {
                Cluster person = inArticle(a, m);
                if (person != null) {
                    person.add(a, m, null);
                    byMention.put(ref(a, m), person);
                    return;
                }
            }
            String key = orgKey(m.text());
            for (Cluster c : all) {
                if (c.type == m.type() && (c.keys.contains(key) || c.acronyms.contains(key) || c.keys.stream()
                        .anyMatch(k -> k.equals(acronym(m.text()))))) {
                    c.add(a, m, null);
                    c.keys.add(key);
                    byMention.put(ref(a, m), c);
                    return;
                }
            }
            Cluster c = new Cluster(m.type());
            c.keys.add(key);
            String acr = acronym(m.text());
            if (acr != null) c.acronyms.add(acr);
            c.add(a, m, null);
            all.add(c);
            byMention.put(ref(a, m), c);
        }

        /** The person this surname refers to: in-article evidence first, then a corpus-unique match. */
        private Cluster personBySurname(AnnotatedArticle a, EntityMention m) {
            Cluster local = inArticle(a, m);
            if (local != null) return local;
            String key = NameKey.surname(PersonName.parse(m.text()).surname());
            Cluster only = null;
            for (Cluster c : all) {
                if (c.type != EntityType.PERSON || c.fullNames.isEmpty() || !c.surnameKeys.contains(key)) continue;
                if (only != null) return null;   // two people share the surname: no evidence which
                only = c;
            }
            return only;
        }

        /** The person named in full in this article, nearest before the mention, whose surname matches. */
        private Cluster inArticle(AnnotatedArticle a, EntityMention m) {
            String key = NameKey.surname(PersonName.parse(m.text()).surname());
            Cluster best = null;
            int bestStart = -1;
            Cluster after = null;
            Set<Cluster> seen = new LinkedHashSet<>();
            for (EntityMention other : a.entities()) {
                Cluster c = byMention.get(ref(a, other));
                if (c == null || c.type != EntityType.PERSON || c.fullNames.isEmpty() || !c.surnameKeys.contains(key)) continue;
                seen.add(c);
                if (other.span().start() < m.span().start() && other.span().start() > bestStart) {
                    best = c;
                    bestStart = other.span().start();
                } else if (after == null && other.span().start() > m.span().start()) {
                    after = c;
                }
            }
            if (best != null) return best;
            return seen.size() == 1 ? after : null;
        }

        private Cluster surnameOnly(String surname) {
            String key = NameKey.surname(surname);
            for (Cluster c : all) {
                if (c.type == EntityType.PERSON && c.fullNames.isEmpty() && c.surnameKeys.contains(key)) return c;
            }
            Cluster c = new Cluster(EntityType.PERSON);
            c.surnameKeys.add(key);
            all.add(c);
            return c;
        }

        ResolvedEntities build() {
            List<Entity> entities = new ArrayList<>();
            Map<Cluster, String> ids = new LinkedHashMap<>();
            for (Cluster c : all) {
                String id = "e" + (entities.size() + 1);
                ids.put(c, id);
                entities.add(c.toEntity(id));
            }
            Map<MentionRef, String> refs = new LinkedHashMap<>();
            byMention.forEach((r, c) -> refs.put(r, ids.get(c)));
            return new ResolvedEntities(entities, refs);
        }

        private static MentionRef ref(AnnotatedArticle a, EntityMention m) {
            return new MentionRef(a.article().id(), m.span());
        }
    }

    /** Lower case, without a leading article, possessive or punctuation: "The New York Times'" -> "new york times". */
    static String orgKey(String name) {
        String k = name.replaceAll("['’]s?$", "").toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "");
        return k.replaceAll("[.\\-]", "").replaceAll("\\s+", " ").strip();
    }

    /** Initials of the capitalized content words ("European Union" -> "eu"), or {@code null} for one word. */
    static String acronym(String name) {
        String[] words = name.replaceAll("^(?i)the\\s+", "").split("[\\s\\-]+");
        if (words.length < 2) return null;
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (!Character.isUpperCase(w.charAt(0))) return null;
            sb.append(Character.toLowerCase(w.charAt(0)));
        }
        return sb.length() >= 2 ? sb.toString() : null;
    }
}
