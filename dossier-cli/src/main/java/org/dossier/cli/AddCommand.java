package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.pipeline.Dossier;
import org.dossier.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Adds inputs to a durable workspace; sources already there are skipped. */
@Command(name = "add",
        mixinStandardHelpOptions = true,
        description = {"Add articles to a workspace folder, incrementally and durably.",
            "A source already added with the same content is skipped; an interrupted add keeps",
            "everything committed before the interruption."},
        footer = {"", "Example:", "  dossier add today/ --workspace ~/stories/harbour"})
final class AddCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for stdin.")
    List<String> inputs;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", required = true, description = "Workspace folder (created if absent).")
    Path workspaceDir;

    @Mixin
    ParseOptions parse = new ParseOptions();

    @Override
    public Integer call() throws IOException {
        ProblemPrinter problems = new ProblemPrinter(System.err);
        try (Workspace workspace = Workspace.open(workspaceDir);
                TerminalProgress.Scope progress = TerminalProgress.reading(inputs)) {
            int added = parse.apply(Dossier.standard()).withProgress(progress.progress()).add(inputs, problems, workspace);
            progress.close();
            System.err.printf("dossier: %d new articles, %d in workspace, %d rejected%n", added, workspace.size(),
                    problems.count());
        }
        return problems.exitCode();
    }
}
