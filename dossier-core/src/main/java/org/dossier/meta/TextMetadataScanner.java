package org.dossier.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.clean.filter.PageFurnitureFilter;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.dossier.text.Span;

/**
 * Finds metadata written in an article's own text, before cleaning removes it: the headline at
 * the top of a text copy, bylines, a date line, the agency dateline of the first paragraph, and
 * at the end "Original url:" / "Source:" lines and agency credits ("— AFP", "© 2026 Reuters").
 */
public final class TextMetadataScanner {
    private static final int LEAD_LINES = 14;
    private static final int TAIL_BLOCKS = 4;
    private static final Pattern NOISE = Pattern.compile(
            "(?iu)^(?:\\d+\\s*(?:min|mins|minute|minutes|minuten)\\.?(?:\\s+(?:read|lesezeit|de lecture))?"
                    + "|(?:photo|image|picture|foto|bild|credit|photo credit|source image)\\b.*"
                    + "|!?\\[.*]\\s*(?:\\(.*\\))?|advertisement|anzeige|sponsored|share|teilen|listen|print"
                    + "|<?https?://\\S+>?)$");
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(original\\s+url|source\\s+url|url|link|source|sources|quelle|fuente|fonte"
                    + "|originally\\s+published\\s+(?:at|in|by|on))\\s*:\\s*(.*)$");
    private static final Pattern TITLE_LABEL = Pattern.compile(
            "(?iu)^(?:title|headline|titel|titre|título|titolo)\\s*:\\s*(\\S.{2,250})$");
    /** A publisher's note at the end that names the publication: "The Valley Post is published every Friday". */
    private static final Pattern PUBLISHER_NOTE = Pattern.compile(
            "^((?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,5})\\s+"
                    + "(?:is\\s+(?:published|printed|issued)\\s+(?:every|each|daily|weekly|monthly|twice)\\b"
                    + "|[–—-]\\s+(?i:subscriber\\s+copy)\\b)");
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^(?:[-–—]+\\s*|\\(|©\\s*|copyright\\s+(?:©\\s*)?|\\(c\\)\\s*|with\\s+|additional\\s+reporting\\s+by\\s+)"
                    + "(?:\\d{4}\\s+)?(.{2,60}?)\\)?\\.?(?:\\s+all\\s+rights\\s+reserved\\.?)?$");

    /** What the text says. */
    public record Findings(List<MetadataCandidate> candidates, Optional<Span> titleSpan) {
        public Findings {
            candidates = List.copyOf(candidates);
        }
    }

    /** One line of a lead block; {@code titleCandidate} is false for wrapped or later lines. */
    private record Line(String text, int rawStart, int rawEnd, BlockKind kind, boolean titleCandidate) {}

    private TextMetadataScanner() {}

    /** Scans a text copy: any heading-like first line may be the headline. */
    public static Findings scan(List<Block> blocks) {
        return scan(blocks, false);
    }

    /**
     * The candidates read from the text. The running page headers and footers of paged text are
     * left out first (the same rule the cleaner drops them by): a print export's first line is
     * usually the publication's running header, not the headline.
     *
     * @param markedHeadings true when the format marks headings (HTML): then only blocks the
     *                       parser classed as title or heading may be the headline, never a
     *                       short paragraph or a navigation item
     */
    public static Findings scan(List<Block> withFurniture, boolean markedHeadings) {
        List<Block> blocks = new PageFurnitureFilter().apply(withFurniture, null);
        List<MetadataCandidate> out = new ArrayList<>();
        runningHeader(withFurniture, blocks).flatMap(OutletNames::fromRunningHeader).ifPresent(name ->
                out.add(new MetadataCandidate(MetadataField.SITE_NAME, name, "text:running-header", 0.5)));
        Span titleSpan = null;
        int bodyParagraphs = 0;
        for (Line line : leadLines(blocks)) {
            String s = Markup.strip(line.text);
            if (s.isBlank()) continue;
            Optional<Bylines.Byline> byline = Bylines.fromText(s);
            if (byline.isPresent()) {
                addByline(byline.get(), out);
                continue;
            }
            Optional<DateOnlyLines.Stated> dated = DateOnlyLines.read(s);
            if (dated.isPresent()) {
                DateOnlyLines.Stated d = dated.get();
                out.add(new MetadataCandidate(d.modified() ? MetadataField.MODIFIED : MetadataField.PUBLISHED,
                        d.date().toString(), "text:date-line", 0.75));
                continue;
            }
            Matcher titled = TITLE_LABEL.matcher(s);
            if (titled.matches() && titleSpan == null) {
                titleSpan = new Span(line.rawEnd - titled.group(1).length(), line.rawEnd);
                out.add(new MetadataCandidate(MetadataField.TITLE, titled.group(1).strip(), "text:title-line", 0.76));
                continue;
            }
            if (label(s, out) || NOISE.matcher(s).matches()) continue;
            boolean headingBlock = line.kind == BlockKind.TITLE || line.kind == BlockKind.HEADING;
            if (titleSpan == null && bodyParagraphs == 0 && line.titleCandidate && (headingBlock || !markedHeadings)
                    && headingLike(s, line.kind)) {
                titleSpan = new Span(line.rawStart, line.rawEnd);
                Titles.gluedByline(s).ifPresent(b -> addByline(b, out));
                boolean marked = line.kind == BlockKind.TITLE || line.kind == BlockKind.HEADING;
                out.add(new MetadataCandidate(MetadataField.TITLE, s, marked ? "text:heading" : "text:first-line",
                        marked ? 0.78 : 0.7));
                continue;
            }
            if (line.kind == BlockKind.PARAGRAPH || line.kind == BlockKind.OTHER) {
                Datelines.parse(s).ifPresent(d -> {
                    out.add(new MetadataCandidate(MetadataField.WIRE, d.agency(), "text:dateline", 0.8));
                    d.date().ifPresent(date -> out.add(new MetadataCandidate(MetadataField.PUBLISHED,
                            date.toString(), "text:dateline", 0.6)));
                    d.monthDay().filter(md -> d.date().isEmpty()).ifPresent(md -> out.add(new MetadataCandidate(
                            MetadataField.PUBLISHED, "--" + md.toString().substring(2), "text:dateline-month-day", 0.4)));
                });
                if (s.length() > 80 && ++bodyParagraphs >= 2) break;
            }
        }
        scanTail(blocks, out);
        return new Findings(out, Optional.ofNullable(titleSpan));
    }

    /** The first line of paged text when it was left out as a running header. */
    private static Optional<String> runningHeader(List<Block> withFurniture, List<Block> without) {
        if (withFurniture.isEmpty() || withFurniture.size() == without.size() && withFurniture.equals(without)) {
            return Optional.empty();
        }
        String first = withFurniture.get(0).text().text().strip().split("\n", 2)[0].strip();
        String kept = without.isEmpty() ? "" : without.get(0).text().text().strip();
        return first.isEmpty() || kept.startsWith(first) ? Optional.empty() : Optional.of(first);
    }

    private static void addByline(Bylines.Byline b, List<MetadataCandidate> out) {
        for (String a : b.authors()) out.add(new MetadataCandidate(MetadataField.AUTHOR, a, "text:byline", 0.75));
        for (String w : b.agencies()) out.add(new MetadataCandidate(MetadataField.WIRE, w, "text:byline", 0.85));
        b.date().ifPresent(d -> out.add(new MetadataCandidate(MetadataField.PUBLISHED, d.toString(), "text:byline", 0.78)));
    }

    /** A "Source: ..." or "Original url: ..." line; the URL may sit on the next line. */
    private static boolean label(String s, List<MetadataCandidate> out) {
        Matcher m = LABEL.matcher(s);
        if (!m.matches()) return false;
        String value = m.group(2).strip();
        Optional<String> url = UrlFacts.firstUrl(value);
        if (url.isPresent()) {
            out.add(new MetadataCandidate(MetadataField.URL, url.get(), "text:source-url", 0.7));
        } else if (!value.isEmpty() && value.length() <= 60) {
            Optional<String> agency = WireAgencies.named(value);
            if (agency.isPresent()) out.add(new MetadataCandidate(MetadataField.WIRE, agency.get(), "text:source-line", 0.7));
            else out.add(new MetadataCandidate(MetadataField.SITE_NAME, value, "text:source-line", 0.6));
        }
        return true;
    }

    private static void scanTail(List<Block> blocks, List<MetadataCandidate> out) {
        int from = Math.max(0, blocks.size() - TAIL_BLOCKS);
        boolean urlLabelPending = false;
        for (int i = from; i < blocks.size(); i++) {
            String[] lines = blocks.get(i).text().text().split("\n");
            for (int j = Math.max(0, lines.length - 3); j < lines.length; j++) {
                String s = Markup.strip(lines[j]).strip();
                if (s.isEmpty()) continue;
                Optional<String> url = UrlFacts.firstUrl(s);
                if (urlLabelPending && url.isPresent() && s.length() < url.get().length() + 6) {
                    out.add(new MetadataCandidate(MetadataField.URL, url.get(), "text:source-url", 0.7));
                }
                Matcher m = LABEL.matcher(s);
                urlLabelPending = m.matches() && m.group(2).isBlank();
                if (label(s, out)) continue;
                Matcher note = PUBLISHER_NOTE.matcher(s);
                if (note.find()) {
                    out.add(new MetadataCandidate(MetadataField.SITE_NAME, note.group(1), "text:publisher-note", 0.55));
                    continue;
                }
                Matcher c = CREDIT.matcher(s);
                if (s.length() <= 80 && c.matches()) {
                    WireAgencies.named(c.group(1).strip()).ifPresent(a ->
                            out.add(new MetadataCandidate(MetadataField.WIRE, a, "text:credit-line", 0.7)));
                }
            }
        }
    }

    /** A line that reads like a headline: short, capitalised, not a sentence ending in a period. */
    static boolean headingLike(String s, BlockKind kind) {
        int words = s.split("\\s+").length;
        if (kind == BlockKind.TITLE || kind == BlockKind.HEADING) return words >= 2 && s.length() <= 250;
        if (words < 2 || words > 25 || s.length() > 200) return false;
        if (!Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))
                && "\"“‘'".indexOf(s.charAt(0)) < 0) return false;
        if (s.endsWith(".") && !s.matches(".*\\b(?:\\p{Lu}\\.){2,}$")) return false;
        return !s.endsWith(":") && !s.endsWith(",") && !s.endsWith(";");
    }

    /** Whether the next non-blank line after {@code i} is a byline or a date line. */
    private static boolean metaLineAfter(String[] parts, int i) {
        for (int j = i + 1; j < parts.length; j++) {
            String next = Markup.strip(parts[j]).strip();
            if (next.isEmpty()) continue;
            return Bylines.fromText(next).isPresent() || DateOnlyLines.read(next).isPresent();
        }
        return false;
    }

    /** The first lines of the document: each line of the first blocks, with raw offsets. */
    private static List<Line> leadLines(List<Block> blocks) {
        List<Line> lines = new ArrayList<>();
        for (Block b : blocks) {
            String text = b.text().text();
            String[] parts = text.split("\n", -1);
            int longest = 0, nonBlank = 0;
            for (String l : parts) {
                longest = Math.max(longest, l.strip().length());
                if (!l.isBlank()) nonBlank++;
            }
            int at = 0;
            boolean first = true;
            for (int i = 0; i < parts.length; i++) {
                String l = parts[i];
                int end = at + l.length();
                if (!l.isBlank()) {
                    int s = at + (l.length() - l.stripLeading().length());
                    int e = end - (l.length() - l.stripTrailing().length());
                    // in a hard-wrapped paragraph a headline is shorter than the wrapped lines;
                    // a line followed by a byline or a date line ends a headline block, not wrapped prose
                    boolean titleCandidate = first && (nonBlank == 1 || longest < 60 || l.strip().length() < 0.8 * longest
                            || metaLineAfter(parts, i));
                    lines.add(new Line(l, b.text().rawOffset(s), b.text().rawOffset(e - 1) + 1, b.kind(), titleCandidate));
                    first = false;
                }
                at = end + 1;
                if (lines.size() >= LEAD_LINES) return lines;
            }
        }
        return lines;
    }
}
