package org.dossier.eval.annotate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Annotators;
import org.dossier.annotate.resolve.EntityResolver;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.dossier.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval annotate [SEEDS] [--json]}: quote-speaker accuracy, entity figures and
 * quantity accuracy on the project's own gold articles and, when the seed folder is given, on the
 * seed articles (where the toolkit's own quote attribution found 7 speakers of 11).
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Quote speakers, entity resolution and quantities against gold annotations.",
        footer = {"", "Examples:", "  dossier eval annotate ../shared/seeds", "  dossier eval annotate ../shared/seeds --misses"})
public final class AnnotateEvaluation implements Evaluation {
    @Parameters(arity = "0..1", paramLabel = "SEEDS", description = "the seed articles folder (../shared/seeds)")
    Path seeds;

    @Option(names = "--json", description = "print one JSON object of figures")
    boolean json;

    @Option(names = "--misses", description = "also list every gold item missed")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        Annotator annotator = Annotators.installed()
                .orElseThrow(() -> new IllegalStateException("no annotator on the class path (dossier-nlp-corenlp)"));
        EvalReport report = new EvalReport("Annotate: quotes, entities, quantities")
                .header("corpus", "speakers", "direct", "non-speech attributed", "persons", "same", "apart",
                        "quantities");
        AnnotateScores own = run(annotator, GoldCorpus.readOwn());
        add(report, "own gold", "own_", own);
        AnnotateScores seed = null;
        if (seeds != null) {
            seed = run(annotator, SeedGold.read(seeds));
            add(report, "seeds", "seeds_", seed);
            report.row("seeds, toolkit quote annotator (published)", "", "7/11", "", "", "", "", "");
        }
        report.print(System.out, json);
        if (misses && !json) {
            System.out.println();
            own.misses().forEach(m -> System.out.println("own gold  " + m));
            if (seed != null) seed.misses().forEach(m -> System.out.println("seeds     " + m));
        }
        return 0;
    }

    private static AnnotateScores run(Annotator annotator, GoldCorpus gold) {
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (Article a : gold.articles()) annotated.add(annotator.annotate(a));
        return AnnotateScores.score(gold, annotated, new EntityResolver().resolve(annotated));
    }

    private static void add(EvalReport report, String label, String prefix, AnnotateScores s) {
        report.row(label, s.quoteCorrect() + "/" + s.quoteTotal(), s.directCorrect() + "/" + s.directTotal(),
                s.nonSpeechAttributed() + "/" + s.nonSpeechTotal(), s.personsFound() + "/" + s.personsTotal(),
                s.samePairsOk() + "/" + s.samePairsTotal(), s.apartOk() + "/" + s.apartTotal(),
                s.quantitiesOk() + "/" + s.quantitiesTotal());
        report.figure(prefix + "quote_speaker_accuracy", AnnotateScores.ratio(s.quoteCorrect(), s.quoteTotal()));
        if (s.directTotal() > 0) {
            report.figure(prefix + "direct_quote_speaker_accuracy", AnnotateScores.ratio(s.directCorrect(), s.directTotal()));
            report.figure(prefix + "direct_quotes_right", s.directCorrect());
        }
        report.figure(prefix + "non_speech_attributed", s.nonSpeechAttributed());
        report.figure(prefix + "person_recall", AnnotateScores.ratio(s.personsFound(), s.personsTotal()));
        report.figure(prefix + "same_entity_recall", AnnotateScores.ratio(s.samePairsOk(), s.samePairsTotal()));
        report.figure(prefix + "apart_accuracy", AnnotateScores.ratio(s.apartOk(), s.apartTotal()));
        if (s.quantitiesTotal() > 0) {
            report.figure(prefix + "quantity_accuracy", AnnotateScores.ratio(s.quantitiesOk(), s.quantitiesTotal()));
        }
    }
}
