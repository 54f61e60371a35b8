package org.dossier.clean.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dossier.clean.EnglishDictionary;
import org.dossier.clean.TextRepair;
import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String CLEAN = "The caf\u00e9\u2019s owner said \u201cwe\u2019ll reopen\u201d \u2014 na\u00efvely, "
            + "perhaps \u2026 for \u20ac12 in Z\u00fcrich.";
    private final MojibakeRepair repair = new MojibakeRepair(EnglishDictionary.get());

    private TextRepair.Result run(String s) {
        return repair.repair(MappedText.of(s), null);
    }

    private static String asCp1252(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), CP1252);
    }

    @Test
    void undoesWindows1252AndItsLossyClosingQuote() {
        String broken = asCp1252(CLEAN);
        assertTrue(broken.contains("\uFFFD"));   // 0x9D of the closing quote is undefined in Windows-1252
        TextRepair.Result r = run(broken);
        assertEquals(CLEAN, r.text().text());
        assertEquals("mojibake", r.repair().orElseThrow().kind());
    }

    @Test
    void undoesLatin1() {
        assertEquals(CLEAN, run(new String(CLEAN.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)).text().text());
    }

    @Test
    void undoesDoubleEncoding() {
        String twice = asCp1252(asCp1252(CLEAN));
        TextRepair.Result r = run(twice);
        assertEquals(CLEAN, r.text().text());
        assertTrue(r.repair().orElseThrow().description().contains("2 times"));
    }

    @Test
    void guessesADroppedClosingQuoteByte() {
        assertEquals("\u201cwe reopen\u201d today", run(asCp1252("\u201cwe reopen\u201d today").replace("\uFFFD", "")).text().text());
    }

    @Test
    void leavesValidTextAlone() {
        for (String valid : new String[] {CLEAN, "CAF\u00c9\u201d is on the sign", "\u00c0 la carte, S\u00c3O PAULO", "plain ascii"}) {
            TextRepair.Result r = run(valid);
            assertEquals(valid, r.text().text());
            assertTrue(r.repair().isEmpty());
        }
    }

    @Test
    void repairedCharactersMapToTheirRawBytes() {
        String broken = asCp1252("a caf\u00e9 b");
        MappedText out = run(broken).text();
        assertEquals("a caf\u00e9 b", out.text());
        assertEquals(broken.indexOf(" b"), out.rawOffset(out.text().indexOf(" b")));
    }
}
