/**
 * Time expressions: finding them in English news text and normalizing them against the
 * article's publication date, without any statistical model.
 *
 * <p>The entry point is {@link org.dossier.time.TemporalTagger}:
 * <pre>{@code
 * TemporalTagger tagger = TemporalTagger.english();
 * List<TimeMention> mentions = tagger.tag(article.text(), publishedDate);   // null if unknown
 * // later, once the events stage has inferred the date of an undated article:
 * List<TimeMention> dated = TemporalTagger.reanchor(mentions, inferredDate);
 * }</pre>
 *
 * <p>How it works, HeidelTime-style: small independent {@code TimexRule}s (calendar dates,
 * parts of the year, words pointing from the anchor, durations and recurrences, clock times)
 * propose matches; the longest non-overlapping ones win. Each match gets an anchor-free
 * {@link org.dossier.time.Reading}, either a fixed value or a {@link org.dossier.time.RelativeDate}
 * recipe; relative readings whose direction the words leave open ("on Thursday", "in
 * December") take it from the tense of their clause ({@code TenseDetector}), and phrases such
 * as "a year earlier" or "the next day" count from the time the text mentioned just before
 * ({@code ReferenceTime}). Values follow TIMEX3: {@code 2026-03-19}, {@code 2025-12},
 * {@code 2024-SU}, {@code 2025-Q3}, {@code 2026-W11}, {@code P3Y}, {@code PRESENT_REF},
 * {@code XXXX-12} for a December whose year is unknown.
 *
 * <p>Quality is measured by {@code dossier eval time} on TempEval-3.
 */
package org.dossier.time;
