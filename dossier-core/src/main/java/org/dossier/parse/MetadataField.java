package org.dossier.parse;

/** The metadata fields a parser can propose candidates for. */
public enum MetadataField {
    TITLE, SITE_NAME, AUTHOR, WIRE, PUBLISHED, MODIFIED, URL, LANGUAGE, DESCRIPTION, SECTION
}
