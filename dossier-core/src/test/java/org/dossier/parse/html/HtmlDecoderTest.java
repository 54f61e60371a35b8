package org.dossier.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.Hints;
import org.dossier.source.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    private static final String WORDS = "Grüße aus Köln, wo die Brücke über den Rhein wieder offen ist – endlich.";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static String page(String head) {
        return "<html><head>" + head + "</head><body><p>" + WORDS + "</p></body></html>";
    }

    @Test
    void undeclaredWindows1252FallsBackFromStrictUtf8() {
        assertEquals(page(""), HtmlDecoder.decode(page("").getBytes(CP1252), null));
    }

    @Test
    void metaCharsetIsHonoured() {
        String html = page("<meta charset=\"iso-8859-15\">").replace('–', '€');
        assertEquals(html, HtmlDecoder.decode(html.getBytes(Charset.forName("ISO-8859-15")), null));
        String equiv = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">");
        assertEquals(equiv, HtmlDecoder.decode(equiv.getBytes(CP1252), null));
    }

    @Test
    void validUtf8WinsOverAWrongLatinDeclaration() {
        String html = page("<meta charset=\"iso-8859-1\">");
        assertEquals(html, HtmlDecoder.decode(html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void byteOrderMarkBeatsEverything() {
        String html = page("<meta charset=\"windows-1252\">");
        byte[] body = html.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals(html, HtmlDecoder.decode(bytes, "utf-8"));
    }

    @Test
    void carrierCharsetBeatsMeta() {
        String html = page("<meta charset=\"utf-8\">");
        assertEquals(html, HtmlDecoder.decode(html.getBytes(CP1252), "windows-1252"));
    }

    @Test
    void unknownLabelsAreIgnored() {
        String html = page("<meta charset=\"no-such-charset\">");
        assertEquals(html, HtmlDecoder.decode(html.getBytes(StandardCharsets.UTF_8), "bogus"));
    }

    @Test
    void parserUsesTheCarrierHintAndMapsIntoTheDecodedText() {
        String html = page("");
        RawDocument doc = new RawDocument("p.html", "text/html", html.getBytes(CP1252), null,
                Map.of(Hints.CHARSET, "windows-1252"));
        ParsedDocument parsed = new HtmlParser().parse(doc);
        assertEquals(html, parsed.rawText());
        var block = parsed.blocks().get(0);
        assertEquals(WORDS, block.text().text());
        int u = WORDS.indexOf('ü');
        assertTrue(parsed.rawText().charAt(block.text().rawOffset(u)) == 'ü');
    }
}
