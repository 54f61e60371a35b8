package org.dossier.formats.tika;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;

/**
 * Metadata candidates from a file's document properties. These are weak evidence: a PDF's title is
 * often a file name ("Microsoft Word - draft3.docx") and its creation date is when the file was
 * made, not when the story was published, so they get low confidence and the resolver decides.
 */
public final class TikaMetadata {
    private TikaMetadata() {}

    /** @param prefix origin prefix, e.g. {@code pdf} gives origins like {@code pdf:dc:title} */
    public static List<MetadataCandidate> candidates(Metadata md, String prefix) {
        List<MetadataCandidate> out = new ArrayList<>();
        add(out, md, TikaCoreProperties.TITLE, MetadataField.TITLE, prefix, 0.4);
        for (String creator : md.getValues(TikaCoreProperties.CREATOR)) {
            if (!creator.isBlank()) out.add(new MetadataCandidate(MetadataField.AUTHOR, creator.strip(),
                    prefix + ":" + TikaCoreProperties.CREATOR.getName(), 0.4));
        }
        add(out, md, TikaCoreProperties.CREATED, MetadataField.PUBLISHED, prefix, 0.25);
        add(out, md, TikaCoreProperties.MODIFIED, MetadataField.MODIFIED, prefix, 0.25);
        add(out, md, TikaCoreProperties.LANGUAGE, MetadataField.LANGUAGE, prefix, 0.5);
        add(out, md, TikaCoreProperties.DESCRIPTION, MetadataField.DESCRIPTION, prefix, 0.4);
        return out;
    }

    private static void add(List<MetadataCandidate> out, Metadata md, Property p, MetadataField field, String prefix,
            double confidence) {
        String v = md.get(p);
        if (v != null && !v.isBlank()) out.add(new MetadataCandidate(field, v.strip(), prefix + ":" + p.getName(), confidence));
    }
}
