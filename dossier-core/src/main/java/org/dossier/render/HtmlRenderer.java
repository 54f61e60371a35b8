package org.dossier.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.json.DossierJson;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.DossierReport;

/**
 * {@code index.html}: one self-contained page (styles, script and source texts inlined) that works
 * offline, with no server, on a phone. Every citation opens the source text with the cited span
 * highlighted; without script the citation still jumps to the full source text further down.
 */
final class HtmlRenderer implements Renderer {
    @Override
    public String format() {
        return "html";
    }

    @Override
    public Path render(DossierReport report, Path dir) throws IOException {
        Path out = dir.resolve("index.html");
        Files.writeString(out, html(report), StandardCharsets.UTF_8);
        return out;
    }

    String html(DossierReport report) {
        ReportIndex ix = new ReportIndex(report);
        StringBuilder body = new StringBuilder();
        new HtmlSections(ix, body).writeAll();
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.esc(title(report)) + "</title>\n<style>\n" + resource("report.css") + "</style>\n"
                + "</head>\n<body>\n" + body
                + "<div id=\"viewer\" class=\"viewer\" hidden role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"viewer-title\">"
                + "<div class=\"viewer-box\"><button type=\"button\" id=\"viewer-close\" aria-label=\"Close\">×</button>"
                + "<h2 id=\"viewer-title\"></h2><p id=\"viewer-meta\" class=\"meta\"></p><div id=\"viewer-text\" class=\"source-text\"></div>"
                + "</div></div>\n"
                + "<script type=\"application/json\" id=\"dossier-sources\">" + Html.scriptSafe(sourcesJson(ix)) + "</script>\n"
                + "<script>\n" + resource("report.js") + "</script>\n</body>\n</html>\n";
    }

    private static String title(DossierReport report) {
        return report.storylines().isEmpty() ? "Dossier" : "Dossier: " + report.storylines().get(0).title();
    }

    /** The source texts the viewer shows, keyed by article id. */
    private static String sourcesJson(ReportIndex ix) {
        ObjectNode root = DossierJson.mapper().createObjectNode();
        for (Article a : ix.articles()) {
            ObjectNode n = root.putObject(a.id());
            n.put("n", ix.number(a.id()));
            n.put("label", ix.label(a.id()));
            n.put("title", a.title());
            n.put("source", a.source());
            n.put("published", a.published() == null ? null : a.published().toString());
            n.put("inferred", a.publishedInferred());
            n.put("text", a.text());
        }
        return root.toString();
    }

    /**
     * A citation link: opens the viewer on the span; falls back to the source's section. The
     * viewer shows the headline above the text, so a citation of the title highlights no text.
     */
    static String cite(Citation c, ReportIndex ix) {
        int n = ix.number(c.article());
        String words = Html.esc(ReportIndex.shorten(ix.citedWords(c).replaceAll("\\s+", " "), 200));
        int start = c.inTitle() ? 0 : c.span().start();
        int end = c.inTitle() ? 0 : c.span().end();
        return "<a class=\"cite\" href=\"#source-" + n + "\" data-article=\"" + Html.esc(c.article()) + "\" data-start=\""
                + start + "\" data-end=\"" + end + "\" title=\"" + words + "\">" + n + "</a>";
    }

    static String cites(List<Citation> cs, ReportIndex ix) {
        if (cs.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("<sup class=\"cites\">");
        for (Citation c : cs) sb.append(cite(c, ix));
        return sb.append("</sup>").toString();
    }

    static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
