package org.dossier.eval.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.Span;

/**
 * Reads TempEval-3 TimeML files: strips the markup of the TEXT element (decoding entities),
 * keeping each TIMEX3 as a span of the stripped text. The DCT element's TIMEX3 gives the anchor and
 * is not scored, as in the TempEval-3 scorer (which also drops the {@code t0} timex).
 */
final class TimeMlReader {
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private TimeMlReader() {}

    static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        LocalDate created = dct.find() ? LocalDate.parse(dct.group(1)) : null;
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        if (from < 0 || to < 0) throw new IOException("no TEXT element in " + file);
        String body = xml.substring(from + "<TEXT>".length(), to);
        StringBuilder text = new StringBuilder(body.length());
        List<GoldTimex> timexes = new ArrayList<>();
        int openAt = -1;
        String openTag = null;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '<') {
                int close = body.indexOf('>', i);
                String tag = body.substring(i, close + 1);
                if (tag.startsWith("<TIMEX3")) {
                    openAt = text.length();
                    openTag = tag;
                } else if (tag.startsWith("</TIMEX3") && openTag != null) {
                    String tid = attr(openTag, "tid");
                    if (!"t0".equals(tid)) {
                        timexes.add(new GoldTimex(new Span(openAt, text.length()), text.substring(openAt),
                                attr(openTag, "type"), attr(openTag, "value")));
                    }
                    openTag = null;
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = body.indexOf(';', i);
                String entity = semi > i && semi - i < 8 ? body.substring(i, semi + 1) : "&";
                text.append(switch (entity) {
                    case "&amp;" -> "&";
                    case "&lt;" -> "<";
                    case "&gt;" -> ">";
                    case "&quot;" -> "\"";
                    case "&apos;" -> "'";
                    default -> entity;
                });
                i += entity.length();
            } else {
                text.append(c);
                i++;
            }
        }
        String name = file.getFileName().toString();
        return new TimeMlDocument(name, created, text.toString(), timexes);
    }

    private static String attr(String tag, String name) {
        Matcher m = ATTR.matcher(tag);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        return "";
    }
}
