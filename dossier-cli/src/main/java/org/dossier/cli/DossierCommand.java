package org.dossier.cli;

import org.dossier.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dossier} command: subcommands for each job. Exit codes: 0 all inputs used, 1 failure,
 * 2 usage error, 3 finished but some inputs were rejected (each named on standard error).
 */
@Command(name = "dossier",
        mixinStandardHelpOptions = true,
        version = "dossier 0.1.0",
        description = {
            "Turns a pile of news articles about developing stories into cross-checked dossiers: what",
            "happened and when, who was involved, which sources say what, every statement cited.",
            "",
            "Inputs: HTML pages, text and Markdown, PDF, DOCX and ODT, news-please JSON (Lines), RSS/Atom",
            "feeds, WARC(.gz) crawls, folders of any of these, http(s) URLs, and - for standard input.",
            ""
        },
        subcommands = {AnalyzeCommand.class, ArticlesCommand.class, AddCommand.class, CommandLine.HelpCommand.class},
        footer = {
            "",
            "Examples:",
            "  dossier analyze saved-pages/ feeds.xml -o out     write out/dossier.json and reports",
            "  dossier articles crawl.warc.gz > articles.jsonl   stream cleaned articles as JSON Lines",
            "  cat page.html | dossier articles -               read one document from standard input",
            "",
            "Exit status: 0 ok, 1 failure, 2 usage error, 3 done but some inputs were rejected."
        })
public final class DossierCommand implements Runnable {
    /** Some inputs could not be used; the rest was processed. */
    public static final int EXIT_REJECTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DossierCommand());
        cl.addSubcommand("eval", EvalCommand.commandLine());
        cl.setUsageHelpWidth(100);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }
}
