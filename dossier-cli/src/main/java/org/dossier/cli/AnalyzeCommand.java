package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.model.DossierReport;
import org.dossier.pipeline.Dossier;
import org.dossier.pipeline.PhaseTimes;
import org.dossier.render.Renderer;
import org.dossier.render.Renderers;
import org.dossier.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs the whole pipeline and writes {@code dossier.json} (and the human reports) to a folder. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {"Analyze news articles into a cross-checked dossier.",
            "Writes DIR/dossier.json (see docs/dossier-json.md), DIR/index.html and DIR/dossier.md."},
        footer = {"", "Examples:", "  dossier analyze examples/story -o out        then open out/index.html",
            "  dossier analyze feeds/ -o out -f json,csv     only dossier.json and facts.csv",
            "  dossier analyze crawl.warc.gz -o out --timings  also print the time of each phase",
            "  dossier analyze today/ -w ~/stories/harbour -o out   add today's articles to a workspace's events"})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files, directories, URLs, or - for stdin (none: analyze the workspace as it is).")
    List<String> inputs = List.of();

    @Option(names = {"-w", "--workspace"}, paramLabel = "WS",
            description = {"Workspace folder (created if absent): the inputs are added to it and the whole workspace",
                "is analyzed; its events continue from earlier runs, new articles join or open events."})
    Path workspaceDir;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Output folder.")
    Path output;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = {"Outputs to write (comma-separated): json, html, md, news-please, jsonld,",
                "timelinejs, csv; or all. Default: json,html,md."})
    List<String> formats = Renderers.DEFAULT_FORMATS;

    @Mixin
    ParseOptions parse = new ParseOptions();

    @Option(names = "--timings", description = "Print how long each phase took (reading, models, annotating, ...).")
    boolean timings;

    @Override
    public Integer call() throws IOException {
        List<Renderer> renderers = renderers();
        ProblemPrinter problems = new ProblemPrinter(System.err);
        long start = System.nanoTime();
        DossierReport report;
        PhaseTimes phases;
        List<Path> written = new ArrayList<>();
        try (TerminalProgress.Scope progress = TerminalProgress.reading(inputs)) {
            phases = PhaseTimes.around(progress.progress(), "Reading");
            if (inputs.isEmpty() && workspaceDir == null) {
                throw new ParameterException(spec.commandLine(), "give at least one INPUT, or a workspace with -w");
            }
            Dossier dossier = parse.apply(Dossier.standard()).withProgress(phases);
            if (workspaceDir == null) {
                report = dossier.analyze(inputs, problems);
            } else {
                try (Workspace workspace = Workspace.open(workspaceDir)) {
                    report = dossier.analyze(inputs, problems, workspace);
                }
            }
            phases.phase("Writing", renderers.size());
            Files.createDirectories(output);
            for (Renderer r : renderers) {
                written.add(r.render(report, output));
                phases.step();
            }
            phases.finish();
        }
        for (Path p : written) System.err.println("dossier: wrote " + p);
        if (timings) TimingsLine.print(phases.phases(), System.err);
        System.err.printf("dossier: %d articles, %d duplicate groups, %d events, %d storylines, %d rejected in %.1f s%n",
                report.articles().size(), report.duplicates().size(), report.events().size(), report.storylines().size(),
                problems.count(), (System.nanoTime() - start) / 1e9);
        return problems.exitCode();
    }

    private List<Renderer> renderers() {
        List<String> names = formats.contains("all") ? Renderers.formats() : formats;
        List<Renderer> out = new ArrayList<>();
        for (String name : names) {
            out.add(Renderers.forFormat(name.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown format '" + name + "' (choose from " + String.join(", ", Renderers.formats()) + ", all)")));
        }
        return out;
    }
}
