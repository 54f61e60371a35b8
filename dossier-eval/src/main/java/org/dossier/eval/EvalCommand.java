package org.dossier.eval;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dossier eval}: the quality and speed evaluations, one subcommand each. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {"Measure quality and speed on benchmarks, beside published figures and baselines.",
            "Every evaluation takes --json to print one JSON object of figures."},
        footer = {"", "Example:", "  dossier eval extraction ../shared/bench/article-extraction"})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line for {@code eval} with every installed evaluation as a subcommand. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EvalCommand());
        for (Evaluation e : ServiceLoader.load(Evaluation.class)) {
            cl.addSubcommand(new CommandLine(e));
        }
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
