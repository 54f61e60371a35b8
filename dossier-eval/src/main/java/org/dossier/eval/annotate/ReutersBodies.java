package org.dossier.eval.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Story bodies of the Reuters-21578 SGML files, for speed measurements. Only what a benchmark
 * needs: the {@code <BODY>} text with SGML entities decoded and the "Reuter" sign-off dropped.
 */
final class ReutersBodies {
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);

    private ReutersBodies() {}

    /** Up to {@code limit} bodies from the {@code .sgm} files of {@code dir}, in file order. */
    static List<String> read(Path dir, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sgm")).sorted().toList()) {
                Matcher m = BODY.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
                while (m.find() && out.size() < limit) out.add(decode(m.group(1)));
                if (out.size() >= limit) break;
            }
        }
        return out;
    }

    private static String decode(String body) {
        return body.replace("&#3;", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s*Reuter\\s*$", "").strip();
    }
}
