/**
 * The annotate stage on Stanford CoreNLP: one shared, lazily loaded pipeline per JVM
 * ({@link org.dossier.nlp.corenlp.CoreNlpPipeline}), a tagger that hands CoreNLP's tokens over as
 * toolkit-neutral tagged text, and the {@link org.dossier.nlp.corenlp.CoreNlpAnnotator} service.
 */
package org.dossier.nlp.corenlp;
