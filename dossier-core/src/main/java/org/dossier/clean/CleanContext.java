package org.dossier.clean;

import org.dossier.parse.ParsedDocument;
import org.dossier.source.RawDocument;

/**
 * What a cleaning step may look at besides the blocks: the raw document, its parse, and evidence
 * gathered over the whole corpus (lines that recur across an outlet's pages, the corpus vocabulary).
 */
public record CleanContext(RawDocument document, ParsedDocument parsed, CorpusEvidence corpus) {}
