package org.dossier.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.text.MappedText;

/**
 * Reads the Reuters-21578 SGML files into articles (headline, blank line, body), dated by their
 * DATE element. Only what the scale measurement needs: no topics, no places.
 */
final class ReutersArticles {
    private static final Pattern DOC = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Z]{3}-\\d{4})");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ROOT);

    private ReutersArticles() {}

    static List<Article> read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".sgm")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            String sgml = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            Matcher m = DOC.matcher(sgml);
            while (m.find()) {
                String doc = m.group(2);
                Matcher body = BODY.matcher(doc);
                Matcher title = TITLE.matcher(doc);
                Matcher date = DATE.matcher(doc);
                if (!body.find() || !title.find()) continue;
                String text = unescape(title.group(1).strip()) + "\n\n" + unescape(body.group(1).replace("\u0003", "").strip());
                LocalDate day = date.find() ? parse(date.group(1)) : null;
                String id = "reuters-" + m.group(1);
                out.add(new Article(id, f.getFileName() + "#" + m.group(1), unescape(title.group(1).strip()), "Reuters",
                        List.of(), "Reuters", day, false, "DATE element", null, "en", "text/plain", text, List.of(),
                        MappedText.identity(text, 0).offsetMap()));
            }
        }
        return out;
    }

    /** The day, or null for the few impossible dates in the collection ("31-APR-1987"). */
    private static LocalDate parse(String d) {
        try {
            return LocalDate.parse(capitalize(d), DAY);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String capitalize(String d) {
        int a = d.indexOf('-');
        return d.substring(0, a + 2) + d.substring(a + 2, a + 4).toLowerCase(Locale.ROOT) + d.substring(a + 4);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("&#\\d+;", "");
    }
}
