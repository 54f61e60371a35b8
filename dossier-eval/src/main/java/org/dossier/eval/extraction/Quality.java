package org.dossier.eval.extraction;

/** Precision, recall and F1 of one extractor on one benchmark. */
record Quality(String name, double precision, double recall, double f1) {}
