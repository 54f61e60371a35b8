package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutletNamesTest {
    @Test
    void knownOutletsByHost() {
        assertEquals("The New York Times", OutletNames.fromHost("nytimes.com"));
        assertEquals("BBC", OutletNames.fromHost("news.bbc.co.uk"));
    }

    @Test
    void domainLabelsAreSplitIntoWords() {
        assertEquals("The Harbour Herald", OutletNames.fromHost("theharbourherald.com"));
        assertEquals("The Kingston Times", OutletNames.fromHost("thekingstontimes.co.uk"));
        assertEquals("Valley News Online", OutletNames.fromHost("valley-news-online.org"));
        assertEquals("KXYZ", OutletNames.fromHost("kxyz.com"));
    }

    @Test
    void noNameForAddressesWithoutAHost() {
        assertNull(OutletNames.fromHost("127.0.0.1"));
        assertNull(OutletNames.fromHost(null));
    }

    @Test
    void aTaglineAfterTheNameIsCut() {
        assertEquals("Valley Post", OutletNames.withoutTagline("Valley Post – News from the valley"));
        assertEquals("The Harbour Herald", OutletNames.withoutTagline("The Harbour Herald | Your port, your paper"));
        assertEquals("Valley Post: Sport", OutletNames.withoutTagline("Valley Post: Sport"));
        assertEquals("Valley Post", OutletNames.withoutTagline("Valley Post"));
        assertEquals("news from - the valley", OutletNames.withoutTagline("news from - the valley"));
    }

    @Test
    void aRunningHeaderNamesThePublication() {
        assertEquals("Valley Post of BBC", OutletNames.fromRunningHeader("VALLEY POST OF BBC | Business").orElseThrow());
        assertEquals("Valley Post", OutletNames.fromRunningHeader("Valley Post – Business & Energy").orElseThrow());
        assertTrue(OutletNames.fromRunningHeader("Page 3 of 7").isEmpty());
        assertTrue(OutletNames.fromRunningHeader("Storms | page 3").isEmpty());
    }
}
