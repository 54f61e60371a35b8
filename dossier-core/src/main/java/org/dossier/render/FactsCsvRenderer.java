package org.dossier.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.Citation;
import org.dossier.model.DossierReport;
import org.dossier.model.Event;
import org.dossier.model.Fact;
import org.dossier.model.FactValue;

/**
 * {@code facts.csv}: one row per cited value of every fact (RFC 4180 quoting), for spreadsheets:
 * event, fact, status, value, the article and span that state it, and the cited words.
 */
final class FactsCsvRenderer implements Renderer {
    @Override
    public String format() {
        return "csv";
    }

    @Override
    public Path render(DossierReport report, Path dir) throws IOException {
        ReportIndex ix = new ReportIndex(report);
        Path out = dir.resolve("facts.csv");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("event_id,event_title,event_date,fact,status,value,normalized,article,outlet,span_start,span_end,cited_words\r\n");
            for (Event e : report.events()) {
                for (Fact f : e.facts()) {
                    for (FactValue v : f.values()) {
                        for (Citation c : v.sources()) {
                            row(w, e.id(), e.title(), e.date(), f.statement(), f.status(), v.value(), v.normalized(),
                                    c.article(), ix.label(c.article()), String.valueOf(c.span().start()),
                                    String.valueOf(c.span().end()), ix.citedWords(c));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void row(BufferedWriter w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) w.write(',');
            w.write(quote(cells[i]));
        }
        w.write("\r\n");
    }

    static String quote(String cell) {
        if (cell == null) return "";
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
