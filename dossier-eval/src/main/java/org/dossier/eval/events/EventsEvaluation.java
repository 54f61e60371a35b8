package org.dossier.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotators;
import org.dossier.annotate.light.LightAnnotator;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.dossier.model.DossierReport;
import org.dossier.pipeline.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval events [--json] [--light] [--misses]}: runs the whole pipeline on the events
 * gold corpus and on the example corpus, and prints pairwise and B-cubed F1 for events and
 * storylines, event-date accuracy and fact-status accuracy beside the bars (every F1 >= 0.95).
 * Facts are scored twice: on the events the engine found, and on the gold events (handed in
 * through {@link GoldEventStage}), so fact accuracy can be read apart from clustering errors.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Events, storylines, event dates and fact statuses against the gold corpora.",
        footer = {"", "Examples:", "  dossier eval events", "  dossier eval events --light --misses"})
public final class EventsEvaluation implements Evaluation {
    static final double BAR = 0.95;

    @Option(names = "--json", description = "print one JSON object of figures")
    boolean json;

    @Option(names = "--light", description = "annotate with the light rule-based annotator instead of the installed toolkit")
    boolean light;

    @Option(names = "--misses", description = "list every wrong date and fact status")
    boolean misses;

    @Option(names = "--dump", description = "write each corpus's dossier.json into this folder")
    java.nio.file.Path dump;

    @Override
    public Integer call() throws Exception {
        KeepingAnnotator keeping = new KeepingAnnotator(light ? new LightAnnotator()
                : Annotators.installed().orElseGet(LightAnnotator::new));
        Dossier dossier = Dossier.standard().withAnnotator(keeping);
        EvalReport report = new EvalReport("Events: clustering, storylines, dates, fact statuses")
                .header("corpus", "event pair F1", "event B3 F1", "storyline pair F1", "storyline B3 F1",
                        "date accuracy", "fact status accuracy", "on gold events");
        List<String> margins = new ArrayList<>();
        run(dossier, keeping, GoldEvents.corpus(), "gold_", report, margins);
        Optional<GoldEvents> examples = GoldEvents.examples();
        if (examples.isPresent()) run(dossier, keeping, examples.get(), "examples_", report, margins);
        report.row("bar", f(BAR), f(BAR), f(BAR), f(BAR), "", "", "");
        report.print(System.out, json);
        if (!json) margins.forEach(System.out::println);
        return 0;
    }

    private void run(Dossier dossier, KeepingAnnotator keeping, GoldEvents gold, String prefix, EvalReport report,
            List<String> margins) {
        int before = keeping.kept().size();
        DossierReport dossierReport = dossier.analyze(List.of(gold.folder().toString()), p -> {});
        EventsScorer.Scores s = EventsScorer.score(gold, dossierReport);
        List<AnnotatedArticle> annotated = keeping.kept();
        annotated = annotated.subList(before, annotated.size());
        DossierReport oracleReport = dossier.withEventStage(new GoldEventStage(gold))
                .analyze(List.of(gold.folder().toString()), p -> {});
        EventsScorer.Scores oracle = EventsScorer.score(gold, oracleReport);
        Map<String, String> goldIdOf = new HashMap<>();
        EventsScorer.match(gold, dossierReport).forEach((goldId, article) -> goldIdOf.put(article.id(), goldId));
        JoinMargins jm = JoinMargins.replay(annotated, goldIdOf, gold.eventOf());
        report.figure(prefix + "lowest_true_join", jm.lowestTrue());
        report.figure(prefix + "highest_false_join", jm.highestFalse());
        report.figure(prefix + "join_margin", jm.margin());
        margins.add(String.format(Locale.ROOT, "%s: join threshold %.3f; lowest true join %.3f (%s), highest false join %.3f (%s), margin %.3f",
                gold.name(), jm.threshold(), jm.lowestTrue(), jm.lowestTrueAt(), jm.highestFalse(), jm.highestFalseAt(), jm.margin()));
        if (dump != null) {
            try {
                java.nio.file.Files.createDirectories(dump);
                org.dossier.json.DossierJson.mapper().writerWithDefaultPrettyPrinter()
                        .writeValue(dump.resolve(prefix + "dossier.json").toFile(), dossierReport);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        report.row(gold.name(), f(s.events().pairF1()), f(s.events().bcubedF1()), f(s.storylines().pairF1()),
                f(s.storylines().bcubedF1()), s.datesRight() + "/" + s.datesTotal(),
                s.statusesRight() + "/" + s.statusesTotal(), oracle.statusesRight() + "/" + oracle.statusesTotal());
        report.figure(prefix + "event_pair_precision", s.events().pairPrecision());
        report.figure(prefix + "event_pair_recall", s.events().pairRecall());
        report.figure(prefix + "event_pair_f1", s.events().pairF1());
        report.figure(prefix + "event_bcubed_f1", s.events().bcubedF1());
        report.figure(prefix + "storyline_pair_f1", s.storylines().pairF1());
        report.figure(prefix + "storyline_bcubed_f1", s.storylines().bcubedF1());
        report.figure(prefix + "event_date_accuracy", s.dateAccuracy());
        report.figure(prefix + "fact_status_accuracy", s.statusAccuracy());
        report.figure(prefix + "fact_value_coverage", s.valueCoverage());
        report.figure(prefix + "oracle_fact_status_accuracy", oracle.statusAccuracy());
        report.figure(prefix + "oracle_fact_value_coverage", oracle.valueCoverage());
        if (misses && !json) {
            s.misses().forEach(m -> System.out.println(gold.name() + ": " + m));
            jm.wrong().forEach(m -> System.out.println(gold.name() + ": " + m));
            EventsScorer.describe(gold, dossierReport).forEach(m -> System.out.println(gold.name() + ": " + m));
            oracle.misses().stream().filter(m -> m.startsWith("fact "))
                    .forEach(m -> System.out.println(gold.name() + " (gold events): " + m));
        }
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
