package org.dossier.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Small documents of every binary format, written in code so the repository holds no binary
 * fixtures. The story they tell (a town's water supply restored after a flood) is made up.
 */
public final class Fixtures {
    public static final List<List<String>> PDF_PAGES = List.of(
            List.of("Water returns to Millbrook after five dry days",
                    "Crews restored the pumping station on Thursday evening,\nthe utility said in a statement.",
                    "Residents were told to boil tap water until further notice."),
            List.of("The flood had cut power to the plant on Saturday.",
                    "A second pump is due to be repaired next week."));
    public static final String PDF_HEADER = "MILLBROOK GAZETTE";

    private Fixtures() {}

    /** A PDF whose pages carry a running header, paragraphs and a page number at the foot. */
    public static byte[] pdf(String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int number = 0;
            for (List<String> paragraphs : PDF_PAGES) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                number++;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    line(cs, font, 72, 800, PDF_HEADER);
                    float y = 720;
                    for (String paragraph : paragraphs) {
                        for (String l : paragraph.split("\n")) {
                            line(cs, font, 72, y, l);
                            y -= 14;
                        }
                        y -= 24;
                    }
                    line(cs, font, 290, 40, String.valueOf(number));
                }
            }
            doc.getDocumentInformation().setTitle("Water returns to Millbrook");
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, PDType1Font font, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, 11);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** A Word document: a title, two paragraphs and a bulleted list item. */
    public static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle("Ferry timetable changes");
            doc.getProperties().getCoreProperties().setCreator("Lena Okafor");
            XWPFParagraph p1 = doc.createParagraph();
            p1.createRun().setText("The island ferry will sail twice a day from March.");
            XWPFParagraph p2 = doc.createParagraph();
            p2.createRun().setText("Operators blamed a shortage of crew for the cut.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument text assembled by hand: mimetype first and uncompressed, as ODF requires. */
    public static byte[] odt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>");
            entry(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text>"
                    + "<text:h text:outline-level=\"1\">School roof repaired</text:h>"
                    + "<text:p>Pupils returned to the east wing on Monday.</text:p>"
                    + "<text:p>The council paid for the work from its reserve fund.</text:p>"
                    + "</office:text></office:body></office:document-content>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** One HTML page as a crawler would store it. */
    public record Capture(String uri, Instant date, int status, String contentType, byte[] body) {
        public static Capture html(String uri, String html) {
            return new Capture(uri, Instant.parse("2025-06-01T08:00:00Z"), 200, "text/html; charset=utf-8",
                    html.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A WARC (gzip per record, or plain) holding a request before each response, as crawlers write. */
    public static byte[] warc(boolean gzip, List<Capture> captures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        for (Capture c : captures) {
            URI uri = URI.create(c.uri());
            writer.write(new WarcRequest.Builder(uri).date(c.date())
                    .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost()).build())
                    .build());
            HttpResponse http = new HttpResponse.Builder(c.status(), c.status() == 200 ? "OK" : "Other")
                    .body(MediaType.parse(c.contentType()), c.body()).build();
            writer.write(new WarcResponse.Builder(uri).date(c.date()).body(http).build());
        }
        writer.close();
        return out.toByteArray();
    }

    /** A response record whose block is not an HTTP message at all. */
    public static byte[] warcWithDamagedRecord(List<Capture> before, List<Capture> after) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(warc(true, before));
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(bad), WarcCompression.GZIP);
        writer.write(new WarcResponse.Builder(URI.create("https://damaged.example/x"))
                .date(Instant.parse("2025-06-01T08:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, "\u0001\u0002 not an http response at all".getBytes(StandardCharsets.US_ASCII))
                .build());
        writer.close();
        out.write(bad.toByteArray());
        out.write(warc(true, after));
        return out.toByteArray();
    }

    public static byte[] rss() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                + "<title>Harbour Herald</title><link>https://herald.example/</link><description>d</description>"
                + "<language>en-gb</language>"
                + "<item><title>Lighthouse relit</title><link>https://herald.example/lighthouse</link>"
                + "<pubDate>Tue, 04 Mar 2025 10:15:00 GMT</pubDate><dc:creator>Sam Hale</dc:creator>"
                + "<description>The lighthouse shines again.</description>"
                + "<content:encoded><![CDATA[<p>The lighthouse on the north pier shone again on Monday night.</p>"
                + "<p>Volunteers raised the money for a new lamp.</p>]]></content:encoded></item>"
                + "<item><title>Headline only</title><link>https://herald.example/brief</link></item>"
                + "<item><title>Market moves</title><link>https://herald.example/market</link>"
                + "<description>&lt;p&gt;The Saturday market moves to the quay.&lt;/p&gt;</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] atom() {
        return ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Dale Weekly</title><id>urn:x</id>"
                + "<updated>2025-03-05T00:00:00Z</updated>"
                + "<entry><title>Caf\u00e9 reopens</title><id>urn:1</id><link href=\"https://dale.example/cafe\"/>"
                + "<published>2025-03-04T09:00:00+01:00</published><updated>2025-03-04T10:00:00Z</updated>"
                + "<author><name>Iris Vale</name></author>"
                + "<content type=\"html\">&lt;p&gt;The caf\u00e9 by the bridge reopened after repairs.&lt;/p&gt;</content>"
                + "</entry></feed>").getBytes(Charset.forName("ISO-8859-1"));
    }
}
