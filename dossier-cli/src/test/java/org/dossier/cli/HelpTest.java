package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command and subcommand answers {@code --help} with exit status 0 and a help text that
 * shows at least one example starting with {@code dossier} and the command's own name, so a
 * person can copy a working line.
 */
class HelpTest {
    static Stream<String> commands() {
        List<String> out = new ArrayList<>();
        collect(DossierCommand.commandLine(), "", out);
        return out.stream();
    }

    /** Command paths ("analyze", "eval summary"); picocli's own {@code help} command is left out. */
    private static void collect(CommandLine cl, String prefix, List<String> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            String path = (prefix + " " + e.getKey()).strip();
            out.add(path);
            collect(e.getValue(), path, out);
        }
    }

    @ParameterizedTest(name = "dossier {0} --help")
    @MethodSource("commands")
    void helpShowsExamplesOfTheCommand(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        StringWriter text = new StringWriter();
        CommandLine cl = DossierCommand.commandLine();
        cl.setOut(new PrintWriter(text));
        int status = cl.execute(args.toArray(String[]::new));
        assertEquals(0, status, command);
        String help = text.toString();
        assertTrue(help.contains("Usage: dossier " + command), help);
        assertTrue(help.contains("Example"), "no examples in the help of " + command);
        assertTrue(help.lines().anyMatch(l -> l.strip().startsWith("dossier " + command)),
                "no example line runs 'dossier " + command + "':\n" + help);
    }

    @Test
    void topLevelHelpListsTheCommands() {
        StringWriter text = new StringWriter();
        CommandLine cl = DossierCommand.commandLine();
        cl.setOut(new PrintWriter(text));
        assertEquals(0, cl.execute("--help"));
        for (String c : List.of("analyze", "articles", "add", "eval")) assertTrue(text.toString().contains(c), c);
    }
}
