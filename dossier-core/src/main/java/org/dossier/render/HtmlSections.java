package org.dossier.render;

import static org.dossier.render.Html.esc;
import static org.dossier.render.HtmlRenderer.cites;

import java.util.List;
import java.util.Optional;
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

/** The body sections of the HTML report, in reading order: overview, storylines, quotes, entities, sources. */
final class HtmlSections {
    private final ReportIndex ix;
    private final DossierReport report;
    private final StringBuilder out;

    HtmlSections(ReportIndex ix, StringBuilder out) {
        this.ix = ix;
        this.report = ix.report();
        this.out = out;
    }

    void writeAll() {
        overview();
        for (Storyline s : report.storylines()) storyline(s);
        if (report.storylines().isEmpty()) {
            for (Event e : report.events()) event(e);
        }
        quotes();
        entities();
        sources();
    }

    private void overview() {
        out.append("<header class=\"top\"><h1>")
                .append(report.storylines().isEmpty() ? "Dossier" : esc(report.storylines().get(0).title()))
                .append("</h1><p class=\"meta\">")
                .append(count(report.articles().size(), "article")).append(" · ")
                .append(count(independentSources(), "independent source")).append(" · ")
                .append(count(report.events().size(), "event")).append(" · ")
                .append(count(report.storylines().size(), "storyline"))
                .append(report.problems().isEmpty() ? "" : " · " + count(report.problems().size(), "input") + " rejected")
                .append("</p><nav class=\"toc\"><a href=\"#storylines\">Storylines</a> <a href=\"#quotes\">Quotes</a> "
                        + "<a href=\"#entities\">Who</a> <a href=\"#sources\">Sources</a></nav></header>\n<main>\n");
        out.append("<section id=\"storylines\">");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private long independentSources() {
        long copies = report.duplicates().stream().mapToLong(g -> g.members().size() - 1L).sum();
        return report.articles().size() - copies;
    }

    private void storyline(Storyline s) {
        out.append("<article class=\"storyline\" id=\"").append(esc(s.id())).append("\"><h2>").append(esc(s.title())).append("</h2>\n");
        summary(s.summary());
        if (!s.timeline().isEmpty()) {
            out.append("<h3>Timeline</h3><ol class=\"timeline\">");
            for (TimelineItem t : s.timeline()) {
                out.append("<li class=\"").append(esc(t.kind())).append("\"><time").append(t.dateInferred()
                        ? " class=\"inferred\" title=\"date inferred: " + esc(String.valueOf(t.dateBasis())) + "\">≈ " : ">")
                        .append(t.date() == null ? "undated" : esc(t.date())).append("</time> <span>").append(esc(t.text()))
                        .append(cites(t.sources(), ix)).append("</span></li>");
            }
            out.append("</ol>\n");
        }
        for (String id : s.events()) {
            report.events().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(this::event);
        }
        out.append("</article>\n");
    }

    private void summary(List<SummarySentence> sentences) {
        if (sentences.isEmpty()) return;
        out.append("<ul class=\"summary\">");
        for (SummarySentence ss : sentences) out.append("<li>").append(esc(ss.sentence())).append(cites(ss.sources(), ix)).append("</li>");
        out.append("</ul>\n");
    }

    private void event(Event e) {
        out.append("<section class=\"event\" id=\"").append(esc(e.id())).append("\"><h3>").append(esc(e.title()))
                .append(" <small>").append(esc(e.date())).append("</small></h3><p class=\"meta\">")
                .append(count(e.articles().size(), "article")).append(" · dated by ").append(esc(e.dateBasis())).append("</p>\n");
        summary(e.summary());
        if (!e.facts().isEmpty()) {
            out.append("<div class=\"scroll\"><table class=\"facts\"><thead><tr><th>Fact</th><th>Status</th><th>What the sources say</th></tr></thead><tbody>");
            for (Fact f : e.facts()) {
                out.append("<tr class=\"status-").append(esc(f.status())).append("\"><td>").append(esc(f.statement()))
                        .append("</td><td><span class=\"badge ").append(esc(f.status())).append("\">")
                        .append(esc(f.status().replace('_', ' '))).append("</span></td><td>");
                for (FactValue v : f.values()) {
                    out.append("<div class=\"value\">").append(esc(v.value())).append(cites(v.sources(), ix)).append("</div>");
                }
                out.append("</td></tr>");
            }
            out.append("</tbody></table></div>\n");
        }
        out.append("</section>\n");
    }

    private void quotes() {
        out.append("</section>\n<section id=\"quotes\"><h2>Quotes</h2>");
        if (report.quotes().isEmpty()) out.append("<p class=\"meta\">No direct speech found.</p>");
        for (Quote q : report.quotes()) {
            out.append("<blockquote><p>“").append(esc(q.text())).append("”</p><footer>— ").append(esc(ix.speakerName(q.speaker())))
                    .append(cites(List.of(new Citation(q.article(), q.span())), ix)).append("</footer></blockquote>");
        }
        out.append("</section>\n");
    }

    private void entities() {
        out.append("<section id=\"entities\"><h2>Who and what</h2>");
        if (!report.entities().isEmpty()) {
            out.append("<div class=\"scroll\"><table><thead><tr><th>Name</th><th>Type</th><th>Also called</th><th>Articles</th></tr></thead><tbody>");
            for (Entity e : report.entities()) {
                out.append("<tr><td>").append(esc(e.name())).append("</td><td>").append(esc(e.type())).append("</td><td>")
                        .append(esc(String.join(", ", e.aliases()))).append("</td><td>").append(e.articles().size()).append("</td></tr>");
            }
            out.append("</tbody></table></div>");
        }
        out.append("</section>\n");
    }

    private void sources() {
        out.append("<section id=\"sources\"><h2>Sources</h2><ol class=\"sources\">");
        for (Article a : ix.articles()) {
            int n = ix.number(a.id());
            out.append("<li id=\"source-").append(n).append("\" value=\"").append(n).append("\"><details><summary><b>")
                    .append(esc(ix.label(a.id()))).append("</b> ").append(esc(a.title() == null ? "" : a.title()))
                    .append(" <span class=\"meta\">")
                    .append(a.published() == null ? "undated" : a.published() + (a.publishedInferred() ? " (inferred)" : ""))
                    .append(a.wire() == null ? "" : " · wire: " + esc(a.wire()));
            Optional<DuplicateGroup> g = ix.group(a.id());
            if (g.isPresent()) {
                DuplicateGroup dg = g.get();
                out.append(dg.canonical().equals(a.id())
                        ? " · canonical of " + (dg.members().size() - 1) + " " + esc(dg.relation()) + " cop" + (dg.members().size() == 2 ? "y" : "ies")
                        : " · " + esc(dg.relation()) + " copy of " + ix.number(dg.canonical()));
            }
            if (!a.repairs().isEmpty()) out.append(" · repaired: ").append(esc(a.repairs().get(0).description()));
            out.append("</span></summary><p class=\"meta\">").append(esc(a.source())).append("</p><div class=\"source-text\">")
                    .append(esc(a.text())).append("</div></details></li>");
        }
        out.append("</ol>");
        if (!report.problems().isEmpty()) {
            out.append("<h3>Rejected inputs</h3><ul class=\"problems\">");
            report.problems().forEach(p -> out.append("<li><code>").append(esc(p.source())).append("</code>: ").append(esc(p.reason())).append("</li>"));
            out.append("</ul>");
        }
        out.append("</section>\n</main>\n");
    }
}
