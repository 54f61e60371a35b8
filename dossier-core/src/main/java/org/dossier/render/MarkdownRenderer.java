package org.dossier.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.DossierReport;
import org.dossier.model.DuplicateGroup;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Fact;
import org.dossier.model.Quote;
import org.dossier.model.Storyline;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineItem;

/**
 * {@code dossier.md}: the dossier as a Markdown document a person can read anywhere. Citations
 * are numbered links to the sources list; each carries the cited words as its link title.
 */
final class MarkdownRenderer implements Renderer {
    @Override
    public String format() {
        return "md";
    }

    @Override
    public Path render(DossierReport report, Path dir) throws IOException {
        Path out = dir.resolve("dossier.md");
        Files.writeString(out, markdown(report), StandardCharsets.UTF_8);
        return out;
    }

    String markdown(DossierReport report) {
        ReportIndex ix = new ReportIndex(report);
        StringBuilder md = new StringBuilder("# Dossier\n\n");
        md.append(String.format("%d articles, %d duplicate groups, %d events, %d storylines.%n%n",
                report.articles().size(), report.duplicates().size(), report.events().size(), report.storylines().size()));
        for (Storyline s : report.storylines()) storyline(md, s, ix);
        if (report.storylines().isEmpty()) for (Event e : report.events()) event(md, e, ix, "##");
        quotes(md, ix);
        entities(md, report.entities());
        sources(md, ix);
        return md.toString();
    }

    private void storyline(StringBuilder md, Storyline s, ReportIndex ix) {
        md.append("## ").append(escape(s.title())).append("\n\n");
        summary(md, s.summary(), ix);
        if (!s.timeline().isEmpty()) {
            md.append("### Timeline\n\n| date | what happened | sources |\n|---|---|---|\n");
            for (TimelineItem t : s.timeline()) {
                String date = t.date() == null ? "undated" : t.date();
                md.append("| ").append(escapeCell(t.dateInferred() ? "≈ " + date + " (inferred)" : date)).append(" | ").append(escapeCell(t.text())).append(" | ")
                        .append(cites(t.sources(), ix).strip()).append(" |\n");
            }
            md.append('\n');
        }
        for (String id : s.events()) {
            ix.report().events().stream().filter(e -> e.id().equals(id)).findFirst()
                    .ifPresent(e -> event(md, e, ix, "###"));
        }
    }

    private void summary(StringBuilder md, List<SummarySentence> sentences, ReportIndex ix) {
        for (SummarySentence sentence : sentences) {
            md.append(escape(sentence.sentence())).append(cites(sentence.sources(), ix)).append(' ');
        }
        if (!sentences.isEmpty()) md.append("\n\n");
    }

    private void event(StringBuilder md, Event e, ReportIndex ix, String level) {
        md.append(level).append(' ').append(escape(e.title())).append(" (").append(e.date() == null ? "undated" : e.date())
                .append(")\n\n");
        summary(md, e.summary(), ix);
        if (e.facts().isEmpty()) return;
        md.append("| fact | status | values |\n|---|---|---|\n");
        for (Fact f : e.facts()) {
            String values = f.values().stream()
                    .map(v -> escapeCell(v.value()) + " " + cites(v.sources(), ix).strip())
                    .collect(Collectors.joining("; "));
            md.append("| ").append(escapeCell(f.statement())).append(" | **").append(f.status()).append("** | ")
                    .append(values).append(" |\n");
        }
        md.append('\n');
    }

    private void quotes(StringBuilder md, ReportIndex ix) {
        List<Quote> quotes = ix.report().quotes();
        if (quotes.isEmpty()) return;
        md.append("## Quotes\n\n");
        for (Quote q : quotes) {
            md.append("> “").append(escape(q.text())).append("” — ").append(escape(ix.speakerName(q.speaker())))
                    .append(cites(List.of(new Citation(q.article(), q.span())), ix)).append("\n\n");
        }
    }

    private void entities(StringBuilder md, List<Entity> entities) {
        if (entities.isEmpty()) return;
        md.append("## Who and what\n\n| name | type | also called | articles |\n|---|---|---|---|\n");
        for (Entity e : entities) {
            md.append("| ").append(escapeCell(e.name())).append(" | ").append(e.type()).append(" | ")
                    .append(escapeCell(String.join(", ", e.aliases()))).append(" | ").append(e.articles().size()).append(" |\n");
        }
        md.append('\n');
    }

    private void sources(StringBuilder md, ReportIndex ix) {
        md.append("## Sources\n\n");
        for (Article a : ix.articles()) {
            int n = ix.number(a.id());
            md.append("<a id=\"source-").append(n).append("\"></a>").append(n).append(". **")
                    .append(escape(ix.label(a.id()))).append("**");
            if (a.title() != null) md.append(" — ").append(escape(a.title()));
            md.append(a.published() == null ? " (undated)" : " (" + a.published() + (a.publishedInferred() ? ", inferred" : "") + ")");
            if (a.wire() != null) md.append(", wire: ").append(escape(a.wire()));
            md.append(" · `").append(a.source()).append('`');
            ix.group(a.id()).filter(g -> !g.canonical().equals(a.id())).map(DuplicateGroup::canonical)
                    .ifPresent(c -> md.append(" · copy of [").append(ix.number(c)).append("](#source-").append(ix.number(c)).append(')'));
            md.append('\n');
        }
        md.append('\n');
    }

    private static String cites(List<Citation> sources, ReportIndex ix) {
        StringBuilder sb = new StringBuilder();
        for (Citation c : sources) {
            int n = ix.number(c.article());
            String title = ix.citedWords(c).replace('"', '\'').replaceAll("\\s+", " ");
            sb.append(" [").append(n).append("](#source-").append(n).append(" \"").append(ReportIndex.shorten(title, 200)).append("\")");
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String escapeCell(String s) {
        return escape(s).replace("\n", " ");
    }
}
