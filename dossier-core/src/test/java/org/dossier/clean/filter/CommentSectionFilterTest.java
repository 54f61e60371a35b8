package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.clean.CleanFixtures;
import org.junit.jupiter.api.Test;

class CommentSectionFilterTest {
    private final CommentSectionFilter filter = new CommentSectionFilter();
    private static final String P1 = "The ferry operator confirmed on Tuesday that the winter timetable would start a week early.";
    private static final String P2 = "Island residents said the change left them with no evening sailing on weekdays.";

    @Test
    void cutsTheCommentSectionAndEverythingAfter() {
        String text = P1 + "\n\n" + P2 + "\n\nLeave a Reply\n\nYour email address will not be published.\n\nMore from Coastline";
        assertEquals(List.of(P1, P2), CleanFixtures.run(filter, text));
    }

    @Test
    void aTailHeadingNearTheTopOnlyDropsItself() {
        String text = "Comments\n\n" + P1 + "\n\n" + P2;
        assertEquals(List.of(P1, P2), CleanFixtures.run(filter, text));
    }
}
