package org.dossier.eval.summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.annotate.light.LightAnnotator;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.dossier.eval.events.GoldEvents;
import org.dossier.model.DossierReport;
import org.dossier.model.Event;
import org.dossier.model.SummarySentence;
import org.dossier.pipeline.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval summary [--json] [--light] [--misses]}: runs the whole pipeline on the
 * events gold corpus (and the example corpus when found) and scores each event's cited summary
 * beside the lead-3 baseline: share of gold facts covered, share of the sources' disagreements
 * told, faithfulness of every sentence to the words it cites, and summary length.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Cited event summaries against the gold facts, beside a lead-3 baseline:",
            "fact coverage, disagreements told, faithfulness to the cited words, length."},
        footer = {"", "Examples:", "  dossier eval summary", "  dossier eval summary --light --misses",
            "  dossier eval summary --json | jq .gold_fact_coverage"})
public final class SummaryEvaluation implements Evaluation {
    private static final int LEAD = 3;

    @Option(names = "--json", description = "print one JSON object of figures")
    boolean json;

    @Option(names = "--light", description = "annotate with the light rule-based annotator instead of the installed toolkit")
    boolean light;

    @Option(names = "--misses", description = "list every uncovered fact, untold disagreement and unfaithful sentence")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        Dossier dossier = Dossier.standard();
        if (light) dossier = dossier.withAnnotator(new LightAnnotator());
        EvalReport report = new EvalReport("Summaries: gold fact coverage, disagreements told, faithfulness")
                .header("corpus", "summary", "fact coverage", "disagreements told", "faithful sentences",
                        "words per event");
        run(dossier, GoldEvents.corpus(), "gold_", report);
        Optional<GoldEvents> examples = GoldEvents.examples();
        if (examples.isPresent()) run(dossier, examples.get(), "examples_", report);
        report.print(System.out, json);
        return 0;
    }

    private void run(Dossier dossier, GoldEvents gold, String prefix, EvalReport report) {
        DossierReport dossierReport = dossier.analyze(List.of(gold.folder().toString()), p -> {});
        Map<String, List<SummarySentence>> ours = new LinkedHashMap<>();
        for (Event e : dossierReport.events()) ours.put(e.id(), e.summary());
        add(report, gold, prefix, "dossier", SummaryScorer.score(gold, dossierReport, ours));
        add(report, gold, prefix + "lead3_", "lead-3",
                SummaryScorer.score(gold, dossierReport, LeadBaseline.summaries(dossierReport, LEAD)));
    }

    private void add(EvalReport report, GoldEvents gold, String prefix, String name, SummaryScorer.Scores s) {
        report.row(gold.name(), name, f(s.coverage()) + " (" + s.covered() + "/" + s.facts() + ")",
                f(s.disagreementsTold()) + " (" + s.told() + "/" + s.disagreements() + ")",
                f(s.faithfulness()) + " (" + s.faithful() + "/" + s.sentences() + ")",
                String.format(Locale.ROOT, "%.1f", s.wordsPerSummary()));
        report.figure(prefix + "fact_coverage", s.coverage());
        report.figure(prefix + "disagreements_told", s.disagreementsTold());
        report.figure(prefix + "faithfulness", s.faithfulness());
        report.figure(prefix + "words_per_event_summary", s.wordsPerSummary());
        if (misses && !json) s.misses().forEach(m -> System.out.println(gold.name() + " " + name + ": " + m));
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
