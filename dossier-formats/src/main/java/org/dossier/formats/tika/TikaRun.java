package org.dossier.formats.tika;

import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.dossier.parse.ParseException;
import org.dossier.source.Problem;
import org.xml.sax.SAXException;

/**
 * One run of a Tika parser over a document's bytes, giving Tika's XHTML and metadata, with every
 * Tika failure turned into a {@link ParseException} whose message is a one-line reason.
 *
 * @param xhtml    the document as Tika's XHTML (pages as {@code <div class="page">}, paragraphs as {@code <p>})
 * @param metadata what Tika found in the document's properties
 */
public record TikaRun(String xhtml, Metadata metadata) {
    /**
     * @param what the kind of document, for messages ("PDF", "Word document")
     */
    public static TikaRun of(Parser parser, byte[] bytes, ParseContext context, String what) throws ParseException {
        Metadata metadata = new Metadata();
        ToXMLContentHandler handler = new ToXMLContentHandler();
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ParseException("encrypted " + what + ": a password is needed to read it");
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            throw new ParseException("damaged or unreadable " + what + " (" + reason(e) + ")");
        }
        return new TikaRun(handler.toString(), metadata);
    }

    /** The innermost message, on one line: Tika wraps the parser library's exception, which says more. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
            return "encrypted, a password is needed";
        }
        return Problem.oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }
}
