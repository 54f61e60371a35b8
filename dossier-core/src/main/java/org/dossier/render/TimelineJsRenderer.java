package org.dossier.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.dossier.json.DossierJson;
import org.dossier.model.DossierReport;
import org.dossier.model.Storyline;
import org.dossier.model.TimelineItem;

/**
 * {@code timeline-STORYLINE.json}: each storyline's timeline in TimelineJS's JSON format. Dates
 * keep their precision (a month-level item has no day); intervals start at their first date.
 */
final class TimelineJsRenderer implements Renderer {
    @Override
    public String format() {
        return "timelinejs";
    }

    @Override
    public Path render(DossierReport report, Path dir) throws IOException {
        ObjectMapper json = DossierJson.mapper();
        Path first = dir.resolve("timeline.json");
        boolean wroteFirst = false;
        for (Storyline s : report.storylines()) {
            ObjectNode root = json.createObjectNode();
            root.putObject("title").putObject("text").put("headline", s.title());
            ArrayNode events = root.putArray("events");
            for (TimelineItem t : s.timeline()) {
                ObjectNode e = events.addObject();
                ObjectNode start = startDate(t.date());
                if (start == null) continue;
                e.set("start_date", start);
                e.putObject("text").put("text", t.text()).put("headline", "");
                e.put("group", t.kind());
                if (t.dateInferred()) e.put("display_date", "about " + t.date() + " (inferred)");
                e.put("unique_id", s.id() + "-" + events.size());
            }
            Path out = wroteFirst ? dir.resolve("timeline-" + s.id() + ".json") : first;
            json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
            wroteFirst = true;
        }
        if (!wroteFirst) json.writeValue(first.toFile(), json.createObjectNode().putArray("events"));
        return first;
    }

    /** {@code 2025-12-03}, {@code 2025-12}, {@code 2025} or {@code 2024-06/2024-08} to a TimelineJS date. */
    static ObjectNode startDate(String iso) {
        if (iso == null || iso.isBlank()) return null;
        String start = iso.split("/")[0];
        String[] parts = start.split("-");
        if (!parts[0].matches("\\d{4}")) return null;
        ObjectNode d = DossierJson.mapper().createObjectNode().put("year", parts[0]);
        if (parts.length > 1 && parts[1].matches("\\d{2}")) d.put("month", parts[1].replaceFirst("^0", ""));
        if (parts.length > 2 && parts[2].matches("\\d{2}")) d.put("day", parts[2].replaceFirst("^0", ""));
        return d;
    }
}
