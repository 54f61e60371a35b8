package org.dossier.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells zip containers apart by their entries: a word-processing DOCX, an OpenDocument text, some
 * other office file, or a plain archive of files. Office files put their telling entries first
 * ({@code [Content_Types].xml}, ODF's uncompressed {@code mimetype}), so the head suffices; the
 * name decides only when the head ends before any telling entry.
 */
final class ZipSniffer {
    private static final int MAX_ENTRY_PEEK = 64 * 1024;

    private ZipSniffer() {}

    static String detect(byte[] bytes, int n, String lowerName) {
        boolean office = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes, 0, n))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(200), StandardCharsets.US_ASCII).trim();
                    return type.equals(MediaTypeDetector.ODT) ? MediaTypeDetector.ODT : MediaTypeDetector.OTHER_OFFICE;
                }
                if (name.startsWith("word/")) return MediaTypeDetector.DOCX;
                if (name.startsWith("xl/") || name.startsWith("ppt/")) return MediaTypeDetector.OTHER_OFFICE;
                if (name.equals("[Content_Types].xml")) {
                    office = true;
                    String types = new String(zip.readNBytes(MAX_ENTRY_PEEK), StandardCharsets.UTF_8);
                    if (types.contains("wordprocessingml.document.main")) return MediaTypeDetector.DOCX;
                    if (types.contains("spreadsheetml") || types.contains("presentationml")) {
                        return MediaTypeDetector.OTHER_OFFICE;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // the head ended inside an entry, or the archive is damaged: fall back on the name
        }
        if (lowerName.endsWith(".docx")) return MediaTypeDetector.DOCX;
        if (lowerName.endsWith(".odt")) return MediaTypeDetector.ODT;
        return office ? MediaTypeDetector.OTHER_OFFICE : MediaTypeDetector.ZIP;
    }
}
