package org.dossier.annotate.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.dossier.model.Article;
import org.dossier.text.Span;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    /** An article whose entity mentions are the given names, in order (spans are synthetic). */
    static AnnotatedArticle article(String id, EntityType type, String... names) {
        List<EntityMention> ms = new ArrayList<>();
        int at = 0;
        for (String n : names) {
            ms.add(new EntityMention(new Span(at, at + n.length()), n, type));
            at += n.length() + 10;
        }
        Article a = new Article(id, id, null, null, List.of(), null, null, false, null, null, "en", "text/plain", "",
                List.of(), null);
        return new AnnotatedArticle(a, ms, List.of(), List.of(), List.of(), List.of());
    }

    private static ResolvedEntities resolve(AnnotatedArticle... articles) {
        return new EntityResolver().resolve(List.of(articles));
    }

    @Test
    void romanizationsMiddleInitialsAndSurnameAloneAreOnePerson() {
        ResolvedEntities r = resolve(article("a", EntityType.PERSON, "Mikhail Petrovsky", "Petrovsky"),
                article("b", EntityType.PERSON, "Mihail S. Petrovskiy"),
                article("c", EntityType.PERSON, "Petrovsky's"));
        assertEquals(1, r.entities().size(), r.entities().toString());
        assertEquals(List.of("a", "b", "c"), r.entities().get(0).articles());
        assertEquals("person", r.entities().get(0).type());
    }

    @Test
    void alexanderAndAleksandrAgreeButAlexandraDoesNot() {
        assertTrue(NameKey.givenNamesAgree("Alexander", "Aleksandr"));
        assertTrue(NameKey.givenNamesAgree("Sergei", "Sergey"));
        assertTrue(NameKey.givenNamesAgree("G.", "Gennady"));
        assertTrue(!NameKey.givenNamesAgree("Alexander", "Alexandra"));
        assertEquals(NameKey.surname("Zelenskyy"), NameKey.surname("Zelenskiy"));
        assertNotEquals(NameKey.surname("Ivanouskaya"), NameKey.surname("Ivanouski"));
    }

    @Test
    void honorificsAreIgnored() {
        ResolvedEntities r = resolve(article("a", EntityType.PERSON, "President Maria Ortega", "Ms. Ortega"),
                article("b", EntityType.PERSON, "Maria Ortega"));
        assertEquals(1, r.entities().size(), r.entities().toString());
        assertEquals("Maria Ortega", r.entities().get(0).name());
    }

    @Test
    void differentPeopleSharingASurnameStayApart() {
        ResolvedEntities r = resolve(article("a", EntityType.PERSON, "Anna Kovacs", "Kovacs"),
                article("b", EntityType.PERSON, "Peter Kovacs", "Kovacs"),
                article("c", EntityType.PERSON, "Kovacs"));
        // Anna, Peter, and the unexplained surname of article c
        assertEquals(3, r.entities().size(), r.entities().toString());
        String anna = r.idOf("a", new Span(0, 11));
        assertEquals(anna, r.idOf("a", new Span(21, 27)));
        assertNotEquals(anna, r.idOf("b", new Span(0, 12)));
        assertEquals(r.idOf("b", new Span(0, 12)), r.idOf("b", new Span(22, 28)));
    }

    @Test
    void conflictingMiddleInitialsStayApart() {
        ResolvedEntities r = resolve(article("a", EntityType.PERSON, "John A. Baker"),
                article("b", EntityType.PERSON, "John B. Baker"));
        assertEquals(2, r.entities().size());
    }

    @Test
    void organizationsMergeOnAcronymsAndLeadingArticle() {
        ResolvedEntities r = resolve(article("a", EntityType.ORGANIZATION, "European Union", "the Daily Courier"),
                article("b", EntityType.ORGANIZATION, "EU", "Daily Courier"));
        assertEquals(2, r.entities().size(), r.entities().toString());
        ResolvedEntities places = resolve(article("a", EntityType.LOCATION, "U.S."),
                article("b", EntityType.LOCATION, "United States"));
        assertEquals(1, places.entities().size(), places.entities().toString());
    }

    @Test
    void oneWordOrganizationTagOfAPersonsSurnameIsThatPerson() {
        List<EntityMention> ms = List.of(new EntityMention(new Span(0, 10), "Rosa Lindt", EntityType.PERSON),
                new EntityMention(new Span(30, 35), "Lindt", EntityType.ORGANIZATION),
                new EntityMention(new Span(50, 55), "Lindt", EntityType.LOCATION));
        AnnotatedArticle a = new AnnotatedArticle(article("a", EntityType.PERSON).article(), ms, List.of(), List.of(),
                List.of(), List.of());
        ResolvedEntities r = new EntityResolver().resolve(List.of(a));
        assertEquals(1, r.entities().size(), r.entities().toString());
    }
}
