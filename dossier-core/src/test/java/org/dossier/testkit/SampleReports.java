package org.dossier.testkit;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.DossierReport;
import org.dossier.model.DuplicateGroup;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;
import org.dossier.model.Quote;
import org.dossier.model.Storyline;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineItem;
import org.dossier.source.Problem;
import org.dossier.text.MappedText;
import org.dossier.text.Span;

/**
 * A small, hand-written dossier (an invented harbour strike) with every part of the output
 * contract filled in, for testing renderers and exports without running the pipeline.
 */
public final class SampleReports {
    public static final String A1_TEXT = "Dock workers in Valmora walked out on Monday, and the union said 4,000 members joined the strike. "
            + "\"We will stay out until the port authority talks to us,\" said union leader Rosa Tell. "
            + "The last stoppage, in March 2023, lasted nine days.";
    public static final String A2_TEXT = "About 3,500 workers stopped work at Valmora port on Monday, the port authority said. "
            + "Rosa Tell called it \"the biggest walkout in a decade\".";

    private SampleReports() {}

    public static Span span(String text, String words) {
        int i = text.indexOf(words);
        if (i < 0) throw new IllegalArgumentException("not in text: " + words);
        return new Span(i, i + words.length());
    }

    public static DossierReport strike() {
        Article a1 = article("a1", "Valmora Herald", "Dockers walk out at Valmora", A1_TEXT, LocalDate.of(2024, 5, 13), false);
        Article a2 = article("a2", "Coast Wire", "Thousands strike at port", A2_TEXT, LocalDate.of(2024, 5, 13), true);
        Article a3 = article("a3", "Bay Daily", "Thousands strike at port", A2_TEXT, null, false);
        Citation c4000 = new Citation("a1", span(A1_TEXT, "4,000 members"));
        Citation c3500 = new Citation("a2", span(A2_TEXT, "About 3,500 workers"));
        Citation c3500copy = new Citation("a3", span(A2_TEXT, "About 3,500 workers"));
        Citation monday = new Citation("a1", span(A1_TEXT, "walked out on Monday"));
        Citation march = new Citation("a1", span(A1_TEXT, "The last stoppage, in March 2023, lasted nine days."));
        Fact strikers = new Fact("number of workers on strike", "conflict", List.of(
                new FactValue("4,000", "4000", List.of(c4000)),
                new FactValue("about 3,500", "~3500", List.of(c3500, c3500copy))));
        Fact day = new Fact("date of the walkout", "agree", List.of(
                new FactValue("Monday", "2024-05-13", List.of(monday, new Citation("a2", span(A2_TEXT, "on Monday"))))));
        Event strike = new Event("e1", "Dock workers strike at Valmora port", "2024-05-13", "article dates and \"on Monday\"",
                List.of("a1", "a2", "a3"), List.of(strikers, day), List.of(new SummarySentence(
                        "Dock workers at Valmora port went on strike on Monday.", List.of(monday))));
        Storyline story = new Storyline("s1", "Valmora port strike", List.of("e1"),
                List.of(new TimelineItem("2023-03", "An earlier stoppage lasted nine days.", List.of(march), false,
                        "stated in the text: \"in March 2023\"", TimelineItem.BACKGROUND),
                        new TimelineItem("2024-05-13", "Dock workers walk out.", List.of(monday, c3500), false,
                                "article dates and \"on Monday\"", TimelineItem.EVENT)),
                List.of(new SummarySentence("Dock workers at Valmora port went on strike on Monday.", List.of(monday)),
                        new SummarySentence("Sources differ on the number of strikers: 4,000 (Valmora Herald) vs about 3,500 (Coast Wire).",
                                List.of(c4000, c3500))));
        Entity tell = new Entity("p1", "Rosa Tell", "person", List.of("Tell"), List.of("a1", "a2", "a3"));
        Entity valmora = new Entity("l1", "Valmora", "location", List.of(), List.of("a1", "a2", "a3"));
        Quote q = new Quote("We will stay out until the port authority talks to us", "p1", "a1",
                span(A1_TEXT, "We will stay out until the port authority talks to us"));
        DuplicateGroup copies = new DuplicateGroup("a2", List.of("a2", "a3"), "exact", 1.0, "dated, original outlet");
        return new DossierReport(List.of(a1, a2, a3), List.of(copies), List.of(strike), List.of(story),
                List.of(tell, valmora), List.of(q), List.of(new Problem("junk.pdf", "not a PDF: no header")));
    }

    private static Article article(String id, String outlet, String title, String text, LocalDate date, boolean wire) {
        return new Article(id, "examples/" + id + ".html", title, outlet, List.of(), wire ? "Coast Wire" : null, date,
                false, date == null ? null : "meta", null, "en", "text/html", text, List.of(),
                MappedText.identity(text, 0).offsetMap());
    }
}
