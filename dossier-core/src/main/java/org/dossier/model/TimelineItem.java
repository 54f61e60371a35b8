package org.dossier.model;

import java.util.List;

/** A dated line of a storyline's timeline. */
public record TimelineItem(String date, String text, List<Citation> sources) {
    public TimelineItem {
        sources = List.copyOf(sources);
    }
}
