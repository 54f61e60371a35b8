package org.dossier.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.dossier.annotate.AnnotationStage;

/**
 * Loads the annotate stage's models on a background thread, so the tens of seconds a language
 * toolkit takes to load overlap the reading and cleaning of the inputs instead of following them.
 * The models are loaded once; {@link #await()} hands the ready stage over.
 */
final class ModelLoading {
    private final FutureTask<AnnotationStage> task;

    private ModelLoading(FutureTask<AnnotationStage> task) {
        this.task = task;
    }

    /** Starts building and loading the stage {@code stage} supplies. */
    static ModelLoading start(Supplier<AnnotationStage> stage) {
        FutureTask<AnnotationStage> task = new FutureTask<>(() -> {
            AnnotationStage s = stage.get();
            s.load();
            return s;
        });
        inBackground(task, "dossier-model-loading");
        return new ModelLoading(task);
    }

    /**
     * Loads a model held in a class's lazy holder on another thread, so that it is ready (or the
     * first user waits only for the rest) when the reading reaches it. A failure here is left for
     * that first user to meet.
     */
    static void warm(Runnable load, String name) {
        inBackground(() -> {
            try {
                load.run();
            } catch (RuntimeException | LinkageError e) {
                // the first real use loads again and reports the failure where it matters
            }
        }, name);
    }

    private static void inBackground(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    boolean ready() {
        return task.isDone();
    }

    /** The loaded stage, waiting for it if need be; a loading failure is rethrown here. */
    AnnotationStage await() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading models", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("cannot load models", e.getCause());
        }
    }
}
