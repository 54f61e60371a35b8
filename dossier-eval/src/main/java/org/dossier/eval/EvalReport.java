package org.dossier.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.json.DossierJson;

/**
 * The figures of one evaluation run, printed either as a table for people or as one JSON object
 * for scripts. Figures are fractions in [0, 1] unless their key says otherwise
 * ({@code pages_per_second}, {@code peak_heap_mb}).
 */
public final class EvalReport {
    private final String title;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private String[] header;

    public EvalReport(String title) {
        this.title = title;
    }

    /** A top-level figure for the JSON form (also printed in the text form). */
    public EvalReport figure(String key, Object value) {
        figures.put(key, value);
        return this;
    }

    /** Column names of the side-by-side table. */
    public EvalReport header(String... columns) {
        header = columns;
        return this;
    }

    /** One row of the side-by-side table (ours, baselines, published anchors). */
    public EvalReport row(String... cells) {
        rows.add(cells);
        return this;
    }

    public Map<String, Object> figures() {
        return Map.copyOf(figures);
    }

    public void print(PrintStream out, boolean json) {
        if (json) {
            try {
                out.println(DossierJson.mapper().writeValueAsString(figures));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        out.println(title);
        out.println();
        if (header != null) {
            int[] width = new int[header.length];
            for (int i = 0; i < header.length; i++) width[i] = header[i].length();
            for (String[] r : rows) for (int i = 0; i < r.length && i < width.length; i++) width[i] = Math.max(width[i], r[i].length());
            printRow(out, header, width);
            String[] rule = new String[header.length];
            for (int i = 0; i < rule.length; i++) rule[i] = "-".repeat(width[i]);
            printRow(out, rule, width);
            for (String[] r : rows) printRow(out, r, width);
            out.println();
        }
        figures.forEach((k, v) -> out.println(k + ": " + format(v)));
    }

    private static void printRow(PrintStream out, String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append("  ");
            sb.append(i == 0 ? String.format("%-" + width[i] + "s", cells[i]) : String.format("%" + width[i] + "s", cells[i]));
        }
        out.println(sb.toString().stripTrailing());
    }

    private static String format(Object v) {
        return v instanceof Double d ? String.format("%.4f", d) : String.valueOf(v);
    }
}
