package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.json.DossierJson;
import org.dossier.pipeline.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Streams cleaned articles as JSON Lines, one per input document, to standard output. */
@Command(name = "articles",
        mixinStandardHelpOptions = true,
        description = {"Read inputs and print each cleaned article as one JSON object per line.",
            "INPUT is a file, a directory (read recursively), a URL, or - for standard input."},
        footer = {"", "Examples:", "  dossier articles pages/ | jq -r .title",
            "  dossier articles crawl.warc.gz --parse-timeout 5s > a.jsonl   skip any page that takes over 5 s"})
final class ArticlesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for stdin.")
    List<String> inputs;

    @Mixin
    ParseOptions parse = new ParseOptions();

    @Override
    public Integer call() throws IOException {
        ProblemPrinter problems = new ProblemPrinter(System.err);
        ObjectWriter json = DossierJson.mapper().writer();
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        parse.apply(Dossier.standard()).articles(inputs, problems, article -> {
            try {
                out.write(json.writeValueAsString(article));
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
        return problems.exitCode();
    }
}
