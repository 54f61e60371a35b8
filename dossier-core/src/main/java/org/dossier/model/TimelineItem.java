package org.dossier.model;

import java.util.List;

/**
 * A dated line of a storyline's timeline.
 *
 * @param date         ISO day, month or interval; null only for an event nothing in the corpus dates
 * @param dateInferred true when the engine inferred the date (from publication dates, a later
 *                     article's back-reference, or the event's place in its storyline) rather than
 *                     reading it in the text as the date of the happening
 * @param dateBasis    how the date was found, in words
 * @param kind         {@code event} (reported as news by the storyline's articles) or
 *                     {@code background} (an earlier happening the articles mention in passing)
 */
public record TimelineItem(String date, String text, List<Citation> sources, boolean dateInferred, String dateBasis,
        String kind) {
    public static final String EVENT = "event";
    public static final String BACKGROUND = "background";

    public TimelineItem {
        sources = List.copyOf(sources);
    }
}
