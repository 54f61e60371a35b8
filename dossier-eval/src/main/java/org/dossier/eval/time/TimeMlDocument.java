package org.dossier.eval.time;

import java.time.LocalDate;
import java.util.List;

/**
 * A TimeML document reduced to what timex evaluation needs: the plain text of its TEXT element,
 * its document creation time (the anchor), and its gold time expressions as spans of that text.
 */
record TimeMlDocument(String id, LocalDate creationDate, String text, List<GoldTimex> timexes) {}
