package org.dossier.eval.time;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.dossier.time.TemporalTagger;
import org.dossier.time.TimeMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval time DIR}: the temporal tagger on TempEval-3. Scores the platinum test set
 * ({@code Evaluation/te3-platinum-normalized}) and the TimeBank/AQUAINT training set
 * ({@code Training/TBAQ-cleaned}) with the task's own definitions (see {@link TimexScorer}),
 * beside the published value F1 of HeidelTime and SUTime on the same test set.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "TempEval-3 time expressions: extent (strict, relaxed) and value F1 against the platinum test set.",
        footer = {"", "Example:", "  dossier eval time ../shared/bench/tempeval3 --json"})
public final class TimeEvaluation implements Evaluation {
    private static final double HEIDELTIME_VALUE_F1 = 0.776;
    private static final double SUTIME_VALUE_F1 = 0.674;

    @Parameters(index = "0", description = "The TempEval-3 folder (holding Evaluation/ and Training/).")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object of figures.")
    boolean json;

    @Option(names = "--errors", description = "Print every miss, spurious match and wrong value (train|test).")
    String errors;

    @Override
    public Integer call() throws IOException {
        Path test = dir.resolve("Evaluation/te3-platinum-normalized");
        Path train = dir.resolve("Training/TBAQ-cleaned");
        if (!Files.isDirectory(test)) {
            System.err.println("time: no TempEval-3 platinum test set at " + test);
            return 2;
        }
        TimexScorer testScore = new TimexScorer();
        long testNanos = run(tmlFiles(test), testScore, "test".equals(errors) ? System.out : null);
        TimexScorer trainScore = new TimexScorer();
        List<Path> trainFiles = Files.isDirectory(train) ? tmlFiles(train) : List.of();
        long trainNanos = run(trainFiles, trainScore, "train".equals(errors) ? System.out : null);
        int docs = tmlFiles(test).size() + trainFiles.size();
        double docsPerSecond = docs / ((testNanos + trainNanos) / 1e9);

        EvalReport report = new EvalReport("TempEval-3 time expressions (platinum test: " + testScore.gold() + " gold timexes)")
                .header("system", "value F1", "strict F1", "relaxed F1", "type F1")
                .row("dossier (test)", pct(testScore.valueF1()), pct(testScore.strictF1()), pct(testScore.relaxedF1()), pct(testScore.typeF1()))
                .row("dossier (train, TimeBank+AQUAINT)", pct(trainScore.valueF1()), pct(trainScore.strictF1()), pct(trainScore.relaxedF1()), pct(trainScore.typeF1()))
                .row("HeidelTime (published)", pct(HEIDELTIME_VALUE_F1), "", "", "")
                .row("SUTime (published)", pct(SUTIME_VALUE_F1), "", "", "")
                .figure("value_f1", testScore.valueF1())
                .figure("strict_f1", testScore.strictF1())
                .figure("strict_precision", testScore.strictPrecision())
                .figure("strict_recall", testScore.strictRecall())
                .figure("relaxed_f1", testScore.relaxedF1())
                .figure("relaxed_precision", testScore.relaxedPrecision())
                .figure("relaxed_recall", testScore.relaxedRecall())
                .figure("type_f1", testScore.typeF1())
                .figure("value_accuracy", testScore.valueAccuracy())
                .figure("train_value_f1", trainScore.valueF1())
                .figure("train_strict_f1", trainScore.strictF1())
                .figure("train_relaxed_f1", trainScore.relaxedF1())
                .figure("heideltime_value_f1", HEIDELTIME_VALUE_F1)
                .figure("sutime_value_f1", SUTIME_VALUE_F1)
                .figure("value_f1_vs_heideltime", testScore.valueF1() / HEIDELTIME_VALUE_F1)
                .figure("documents", docs)
                .figure("documents_per_second", docsPerSecond);
        report.print(System.out, json);
        return 0;
    }

    private static long run(List<Path> files, TimexScorer score, PrintStream errorsOut) throws IOException {
        long nanos = 0;
        TemporalTagger tagger = TemporalTagger.english();
        for (Path f : files) {
            TimeMlDocument doc = TimeMlReader.read(f);
            long t0 = System.nanoTime();
            List<TimeMention> found = tagger.tag(doc.text(), doc.creationDate());
            nanos += System.nanoTime() - t0;
            score.add(doc, found, errorsOut == null ? line -> { } : errorsOut::println);
        }
        return nanos;
    }

    private static List<Path> tmlFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> out = new ArrayList<>(s.filter(p -> p.toString().endsWith(".tml")).sorted().toList());
            return out;
        }
    }

    private static String pct(double v) {
        return String.format("%.1f", 100 * v);
    }
}
