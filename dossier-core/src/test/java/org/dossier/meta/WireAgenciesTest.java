package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireAgenciesTest {
    @Test
    void namesAndAliases() {
        assertEquals(Optional.of("AP"), WireAgencies.named("The Associated Press"));
        assertEquals(Optional.of("AFP"), WireAgencies.named("Agence France-Presse"));
        assertEquals(Optional.of("dpa"), WireAgencies.named("dpa"));
        assertEquals(Optional.empty(), WireAgencies.named("The Daily Planet"));
    }

    @Test
    void acronymsMatchOnlyAsUpperCaseWholeWords() {
        assertEquals(List.of(), WireAgencies.mentioned("a snap decision, an apartment, pa"));
        assertEquals(List.of("AP", "Reuters"), WireAgencies.mentioned("AP and Reuters reported"));
        assertEquals(List.of(), WireAgencies.mentioned("the APEC summit"));
    }
}
