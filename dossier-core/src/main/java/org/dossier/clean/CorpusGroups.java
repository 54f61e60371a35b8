package org.dossier.clean;

import java.net.URI;
import java.util.Locale;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.Hints;
import org.dossier.source.RawDocument;

/**
 * Which outlet a document belongs to, for corpus statistics: the host of its URL, else the site
 * name or outlet its carrier or page declared. Documents with none of these belong to no group
 * and are judged on their own: grouping by folder would make a folder of syndicated copies look
 * like one outlet's template and strip the story itself.
 */
public final class CorpusGroups {
    private CorpusGroups() {}

    /** The group key, or {@code null} when the document's outlet is unknown. */
    public static String of(RawDocument document, ParsedDocument parsed) {
        String host = host(document.url());
        if (host != null) return host;
        for (MetadataCandidate c : parsed.metadata()) {
            if (c.field() == MetadataField.URL && (host = host(c.value())) != null) return host;
        }
        String outlet = document.hint(Hints.OUTLET);
        if (outlet != null && !outlet.isBlank()) return "outlet:" + outlet.strip().toLowerCase(Locale.ROOT);
        for (MetadataCandidate c : parsed.metadata()) {
            if (c.field() == MetadataField.SITE_NAME && !c.value().isBlank()) {
                return "outlet:" + c.value().strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
