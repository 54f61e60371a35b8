package org.dossier.eval.time;

import org.dossier.text.Span;

/** One annotated TIMEX3 of a TimeML document: where it is and what the annotators said it means. */
record GoldTimex(Span span, String text, String type, String value) {}
