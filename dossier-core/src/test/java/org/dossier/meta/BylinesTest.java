package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {
    @Test
    void splitsSeveralAuthors() {
        Bylines.Byline b = Bylines.fromText("By Jane Doe and John Roe").orElseThrow();
        assertEquals(List.of("Jane Doe", "John Roe"), b.authors());
        assertTrue(b.agencies().isEmpty());
    }

    @Test
    void initialsBeforeAnAgencyAreTheAuthorAndTheAgencyIsTheWire() {
        Bylines.Byline b = Bylines.fromText("By: KM | AFP Brief").orElseThrow();
        assertEquals(List.of("KM"), b.authors());
        assertEquals(List.of("AFP"), b.agencies());
    }

    @Test
    void agencyAloneIsNoAuthor() {
        Bylines.Byline b = Bylines.fromText("By [Reuters](#)").orElseThrow();
        assertEquals(List.of(), b.authors());
        assertEquals(List.of("Reuters"), b.agencies());
        assertEquals(List.of("AP"), Bylines.fromText("By The Associated Press").orElseThrow().agencies());
    }

    @Test
    void jobTitlesEmailsHandlesAndDatesAreDropped() {
        Bylines.Byline b = Bylines.fromText(
                "By Maria Novak, Senior Correspondent @mnovak maria.novak@example.org | March 3, 2026").orElseThrow();
        assertEquals(List.of("Maria Novak"), b.authors());
        assertEquals(LocalDate.of(2026, 3, 3), b.date().orElseThrow());
    }

    @Test
    void nameWithAgencyAfterComma() {
        Bylines.Byline b = Bylines.fromText("By PETER LANG, Associated Press").orElseThrow();
        assertEquals(List.of("Peter Lang"), b.authors());
        assertEquals(List.of("AP"), b.agencies());
    }

    @Test
    void germanByline() {
        Bylines.Byline b = Bylines.fromText("Von Anna Beispiel und Jonas Muster, dpa").orElseThrow();
        assertEquals(List.of("Anna Beispiel", "Jonas Muster"), b.authors());
        assertEquals(List.of("dpa"), b.agencies());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By Thursday, officials had released the list of names.",
        "By the end of the year the ministry expects more talks.",
        "Email the author",
        "By Staff",
        "By March 2026",
        "Byzantine art returns to the museum"})
    void sentencesAndJunkAreNoBylines(String line) {
        assertTrue(Bylines.fromText(line).map(Bylines.Byline::authors).orElse(List.of()).isEmpty(), line);
    }

    @Test
    void metadataValuesAreLenientButStillDropJunk() {
        assertEquals(List.of("gnome"), Bylines.fromMetadata("gnome").authors());
        assertEquals(List.of(), Bylines.fromMetadata("Email the author").authors());
        assertEquals(List.of(), Bylines.fromMetadata("https://example.org/staff/jane-doe").authors());
        assertEquals(List.of("Jane Doe"), Bylines.fromMetadata("Jane Doe is a reporter covering courts").authors());
        assertEquals(List.of("AFP"), Bylines.fromMetadata("AFP").agencies());
    }

    @Test
    void labelsAroundBylinesInPageMarkup() {
        assertEquals(List.of("Jane Doe"), Bylines.fromMarkup("Post author By Jane Doe").orElseThrow().authors());
        assertEquals(List.of("Jane Doe"), Bylines.fromMarkup("AuthorJane Doe").orElseThrow().authors());
        assertEquals(List.of("Jane Doe"), Bylines.fromMarkup("Jane Doe, Staff Writer").orElseThrow().authors());
        assertEquals(List.of("Jane Doe"), Bylines.fromMetadata("View all posts by Jane Doe").authors());
    }
}
