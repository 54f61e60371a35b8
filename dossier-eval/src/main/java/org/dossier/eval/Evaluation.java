package org.dossier.eval;

import java.util.concurrent.Callable;

/**
 * One {@code dossier eval NAME} subcommand. Implementations are picocli {@code @Command} classes,
 * listed in {@code META-INF/services/org.dossier.eval.Evaluation}, so adding an evaluation never
 * touches the command line module. Each prints its figures beside the published anchors, and with
 * {@code --json} one JSON object with figures as fractions in [0, 1] (see {@link EvalReport}).
 */
public interface Evaluation extends Callable<Integer> {}
