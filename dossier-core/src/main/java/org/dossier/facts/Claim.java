package org.dossier.facts;

import java.time.LocalDate;
import org.dossier.annotate.QuantityMention;

/**
 * One atomic quantitative statement of one article: how many of what, doing or undergoing which
 * action, when reported, according to whom, and whether the headline or the body says it.
 *
 * @param article     the canonical article stating it
 * @param quantity    the figure (its span cites the words, in the text or in {@code field})
 * @param slot        where the figure belongs, comparable across articles
 * @param inHeadline  whether the headline says it
 * @param field       {@code null} when the span indexes the text, else the field it indexes ({@code "title"})
 * @param reported    the article's publication date (given or inferred), or null
 * @param accordingTo the source the article credits the statement to, or null
 * @param revision    whether the words mark it as a revised figure ("rose to", "still")
 */
public record Claim(String article, QuantityMention quantity, Slot slot, boolean inHeadline, String field,
        LocalDate reported, String accordingTo, boolean revision) {
    Claim withSlot(Slot s) {
        return new Claim(article, quantity, s, inHeadline, field, reported, accordingTo, revision);
    }
}
