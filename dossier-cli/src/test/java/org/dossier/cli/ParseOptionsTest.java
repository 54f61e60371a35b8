package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** {@code --parse-timeout} reads times as people write them and is offered by every reading command. */
class ParseOptionsTest {
    private final ParseOptions.TimeConverter time = new ParseOptions.TimeConverter();

    @Test
    void timesWithAndWithoutUnits() {
        assertEquals(Duration.ofSeconds(10), time.convert("10s"));
        assertEquals(Duration.ofMillis(500), time.convert("500ms"));
        assertEquals(Duration.ofMinutes(2), time.convert("2m"));
        assertEquals(Duration.ofMillis(1500), time.convert("1.5s"));
        assertEquals(Duration.ofSeconds(20), time.convert("20"));
        assertEquals(Duration.ZERO, time.convert("0"));
    }

    @Test
    void aTimeWithoutSenseIsAUsageError() {
        assertThrows(TypeConversionException.class, () -> time.convert("soon"));
        CommandLine cl = DossierCommand.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("articles", "--parse-timeout", "-3s", "x"));
    }

    @Test
    void everyReadingCommandTakesItWithTheDefault() {
        for (String command : new String[] {"analyze", "articles", "add"}) {
            StringWriter help = new StringWriter();
            CommandLine cl = DossierCommand.commandLine().getSubcommands().get(command);
            cl.usage(new PrintWriter(help));
            assertTrue(help.toString().contains("--parse-timeout=TIME"), command);
            assertTrue(help.toString().contains("Default: 20s"), command);
        }
    }
}
