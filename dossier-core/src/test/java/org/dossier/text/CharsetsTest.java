package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
    private static final String TEXT = "Café owners in Zürich said the naïve plan “failed” — twice.";

    @Test
    void missingCharsetUtf8IsRecognised() {
        assertEquals(TEXT, Charsets.decode(TEXT.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void missingCharsetFallsBackToWindows1252() {
        assertEquals(TEXT, Charsets.decode(TEXT.getBytes(Charset.forName("windows-1252")), null));
    }

    @Test
    void validUtf8BeatsAWrongLatin1Declaration() {
        assertEquals(TEXT, Charsets.decode(TEXT.getBytes(StandardCharsets.UTF_8), "ISO-8859-1"));
    }

    @Test
    void wrongUtf8DeclarationOnWindows1252BytesIsOverruled() {
        assertEquals(TEXT, Charsets.decode(TEXT.getBytes(Charset.forName("windows-1252")), "utf-8"));
    }

    @Test
    void oneDamagedByteInALongUtf8TextDoesNotTurnTheRestIntoMojibake() {
        String long8 = TEXT.repeat(5);
        byte[] bytes = long8.getBytes(StandardCharsets.UTF_8);
        bytes[10] = (byte) 0xff;
        String decoded = Charsets.decode(bytes, null);
        assertEquals(long8.substring(0, 9) + '\uFFFD' + long8.substring(10), decoded);
    }

    @Test
    void unknownCharsetNamesAreIgnored() {
        assertEquals(TEXT, Charsets.decode(TEXT.getBytes(StandardCharsets.UTF_8), "x-no-such-charset"));
        assertEquals(TEXT, Charsets.decode(TEXT.getBytes(StandardCharsets.UTF_8), "   "));
    }

    @Test
    void aDeclaredMultiByteCharsetIsHonoured() {
        String ru = "Мост открыли в понедельник.";
        assertEquals(ru, Charsets.decode(ru.getBytes(Charset.forName("KOI8-R")), "koi8-r"));
        String ja = "橋は月曜日に再開した。";
        assertEquals(ja, Charsets.decode(ja.getBytes(Charset.forName("Shift_JIS")), "Shift_JIS"));
    }

    @Test
    void markupDeclarationsAreFound() {
        assertEquals("windows-1251", Charsets.declaredInMarkup(
                "<html><head><meta charset=\"windows-1251\"><title>x".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ISO-8859-2", Charsets.declaredInMarkup(("<head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=ISO-8859-2\">").getBytes(StandardCharsets.US_ASCII)));
        assertEquals("UTF-16", Charsets.declaredInMarkup(
                "<?xml version='1.0' encoding='UTF-16'?><rss>".getBytes(StandardCharsets.US_ASCII)));
        assertNull(Charsets.declaredInMarkup("<html><body>none".getBytes(StandardCharsets.US_ASCII)));
    }
}
