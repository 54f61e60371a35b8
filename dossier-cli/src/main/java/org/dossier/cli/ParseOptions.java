package org.dossier.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.pipeline.Dossier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Options on how inputs are parsed, shared by every command that reads inputs. A time limit per
 * document keeps one pathological page or PDF from stalling a whole run: it is skipped like any
 * other bad input, named on standard error, and the exit status says so.
 */
final class ParseOptions {
    @Option(names = "--parse-timeout", paramLabel = "TIME", defaultValue = "20s", converter = TimeConverter.class,
            description = "Give up on an input whose parse takes longer than TIME (e.g. 10s, 500ms, 2m; 0: no "
                    + "limit); it is skipped with the reason and the run goes on. Default: ${DEFAULT-VALUE}.")
    Duration parseTimeout;

    /** {@code dossier} with these options applied. */
    Dossier apply(Dossier dossier) {
        return dossier.withParseTimeout(parseTimeout);
    }

    /** A time such as {@code 10s}, {@code 500ms}, {@code 2m} or {@code 1.5s}; a bare number is seconds. */
    static final class TimeConverter implements ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?");

        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw new TypeConversionException("'" + value + "' is not a time such as 10s, 500ms or 2m");
            double amount = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = switch (unit) {
                case "ms" -> amount;
                case "m", "min" -> amount * 60_000;
                default -> amount * 1000;
            };
            return Duration.ofMillis(Math.round(millis));
        }
    }
}
