package org.dossier.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Expands a zip archive of saved files (a zipped folder of pages, PDFs, exports) entry by entry,
 * each entry detected and read as if it were a file of its own: {@code archive.zip#dir/page.html}.
 * Hidden entries and macOS resource forks are not inputs, as in a folder.
 */
public final class ZipArchiveReader implements ContainerReader {
    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypeDetector.ZIP);
    }

    @Override
    public void expand(String source, InputStream in, ContainerContext context, Consumer<RawDocument> out)
            throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String name = entry.getName();
            if (entry.isDirectory() || isHidden(name)) continue;
            context.readNested(source + "#" + name, new NonClosingInputStream(zip), out);
        }
    }

    private static boolean isHidden(String name) {
        if (name.startsWith("__MACOSX/")) return true;
        for (String part : name.split("/")) {
            if (part.startsWith(".")) return true;
        }
        return false;
    }
}
