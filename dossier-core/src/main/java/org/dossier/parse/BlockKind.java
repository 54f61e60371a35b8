package org.dossier.parse;

/** What a block of text is, structurally; filters use it (a caption is never body text). */
public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, LIST_ITEM, QUOTE, CAPTION, TABLE, PREFORMATTED, OTHER
}
