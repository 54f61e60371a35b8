/**
 * Rules over tagged tokens that do not depend on which toolkit tagged them: text preparation that
 * keeps offsets ({@link org.dossier.annotate.rules.ToolkitText}), repairs of name tags
 * ({@link org.dossier.annotate.rules.EntityRules}), quantities
 * ({@link org.dossier.annotate.rules.QuantityRules}), quotes and speakers
 * ({@link org.dossier.annotate.rules.QuoteRules}) and reported attribution
 * ({@link org.dossier.annotate.rules.AttributionRules}). A toolkit module fills
 * {@link org.dossier.annotate.rules.TaggedText} and calls
 * {@link org.dossier.annotate.rules.RuleAnnotations#annotate}.
 */
package org.dossier.annotate.rules;
