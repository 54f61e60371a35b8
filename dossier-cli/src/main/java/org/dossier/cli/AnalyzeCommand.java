package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.json.DossierJson;
import org.dossier.model.DossierReport;
import org.dossier.pipeline.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs the whole pipeline and writes {@code dossier.json} (and the human reports) to a folder. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {"Analyze news articles into a cross-checked dossier.",
            "Writes DIR/dossier.json (see docs/dossier-json.md) and reports beside it."},
        footer = {"", "Example:", "  dossier analyze examples/ -o out && open out/index.html"})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Output folder.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ProblemPrinter problems = new ProblemPrinter(System.err);
        DossierReport report = Dossier.standard().analyze(inputs, problems);
        Files.createDirectories(output);
        DossierJson.mapper().writerWithDefaultPrettyPrinter().writeValue(output.resolve("dossier.json").toFile(), report);
        System.err.printf("dossier: %d articles, %d rejected -> %s%n", report.articles().size(), problems.count(),
                output.resolve("dossier.json"));
        return problems.exitCode();
    }
}
