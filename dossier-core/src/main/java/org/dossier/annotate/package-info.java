/**
 * The annotate stage: what each article names, counts and quotes.
 *
 * <p>An {@link org.dossier.annotate.Annotator} turns one {@link org.dossier.model.Article} into an
 * {@link org.dossier.annotate.AnnotatedArticle}: entity mentions, quantities bound to what they
 * count, quotes with speakers, reported attributions, and (through the {@link
 * org.dossier.annotate.TimeTagger} slot) time expressions. Every mention carries a span of the
 * article text. {@link org.dossier.annotate.AnnotationStage} runs the stage over a corpus and
 * resolves entities across articles ({@code resolve}). Annotators live in toolkit modules and are
 * found on the class path, so the core never depends on a language toolkit; the toolkit-neutral
 * rules they share are in {@code rules}.
 */
package org.dossier.annotate;
