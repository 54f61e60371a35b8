package org.dossier.facts;

import java.time.LocalDate;
import org.dossier.annotate.QuantityMention;

/**
 * One atomic quantitative statement of one article: how many of what, doing or undergoing which
 * action, when reported, according to whom, and whether the headline or the body says it.
 *
 * @param article     the canonical article stating it
 * @param quantity    the number bound to what it counts (its span cites the words)
 * @param slot        the comparable slot: counted thing and governing action ("people|death")
 * @param inHeadline  whether the headline says it
 * @param reported    the article's publication date (given or inferred), or null
 * @param accordingTo the source the article credits the statement to, or null
 */
public record Claim(String article, QuantityMention quantity, String slot, boolean inHeadline, LocalDate reported,
        String accordingTo) {}
