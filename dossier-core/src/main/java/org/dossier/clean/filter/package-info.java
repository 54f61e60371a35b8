/**
 * The block filters of the standard cleaning chain ({@link org.dossier.clean.StandardCleaner}),
 * one kind of mess per class, like the filters of an analysis chain. Each takes the document's
 * blocks and returns the blocks to keep, rewriting text only through
 * {@link org.dossier.text.MappedText} edits so every kept character still maps to the raw input.
 * Filters that drop whole blocks by their own text extend {@code DropBlocksFilter}; filters that
 * need neighbours (captions above credits, pull quotes, broken paragraphs, comment tails, page
 * furniture) see the whole list.
 */
package org.dossier.clean.filter;
